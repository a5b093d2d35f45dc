using System.Globalization;
using Bootcamp.Shared.Jobs;

namespace Bootcamp.UnitTests.Jobs;

public sealed class CronIntervalTests
{
    [Theory]
    [InlineData("00:01:00", "* * * * *")]
    [InlineData("00:05:00", "*/5 * * * *")] // Applications:Selection:ReleaseCheckInterval's default
    [InlineData("00:15:00", "*/15 * * * *")] // Placements:FollowUp:DispatchInterval's default
    [InlineData("00:30:00", "*/30 * * * *")]
    [InlineData("01:00:00", "0 * * * *")] // the hourly defaults
    [InlineData("02:00:00", "0 */2 * * *")]
    [InlineData("12:00:00", "0 */12 * * *")]
    [InlineData("1.00:00:00", "0 0 * * *")] // Portfolios:GitHub:SyncInterval's default
    [InlineData("00:20:00", "*/20 * * * *")]
    [InlineData("7.00:00:00", "0 0 * * 0")]
    public void An_interval_dividing_its_unit_evenly_becomes_the_cron_of_that_spacing(string interval, string cron) =>
        Assert.Equal(cron, CronInterval.From(TimeSpan.Parse(interval, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:05:00")]
    [InlineData("00:00:01")] // sub-minute: cron's finest unit is the minute
    [InlineData("00:05:30")]
    [InlineData("00:07:00")] // 7 does not divide 60: runs would bunch at the top of the hour
    [InlineData("00:45:00")]
    [InlineData("01:30:00")]
    [InlineData("05:00:00")] // 5 does not divide 24
    [InlineData("2.00:00:00")] // would restart at each month's boundary
    [InlineData("30.00:00:00")]
    public void An_interval_no_cron_expression_spaces_exactly_is_refused_with_the_choices(string interval)
    {
        var value = TimeSpan.Parse(interval, CultureInfo.InvariantCulture);
        Assert.False(CronInterval.TryFrom(value, out _));
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => CronInterval.From(value));
        Assert.Contains("dividing an hour", refused.Message, StringComparison.Ordinal);
    }
}
