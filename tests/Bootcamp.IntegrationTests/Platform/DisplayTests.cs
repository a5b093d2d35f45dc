using System.Globalization;
using Bootcamp.Web;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>The shared formatters every page uses, without a server: the reader's culture is all they depend on.</summary>
public sealed class DisplayTests
{
    [Theory]
    [InlineData("fr-CA", null, "—")]
    [InlineData("fr-CA", "0", "0\u00A0%")]
    [InlineData("fr-CA", "0.555", "56\u00A0%")]
    [InlineData("fr-CA", "1", "100\u00A0%")]
    [InlineData("en-CA", null, "—")]
    [InlineData("en-CA", "0", "0%")]
    [InlineData("en-CA", "0.555", "56%")]
    [InlineData("en-CA", "1", "100%")]
    public void A_share_reads_as_a_whole_percentage_in_the_readers_culture(string culture, string? share, string expected) =>
        Assert.Equal(expected, In(culture, () => Display.Percent(share is null ? null : decimal.Parse(share, CultureInfo.InvariantCulture))));

    [Fact]
    public void The_year_filters_run_from_2020_newest_first_through_this_year_or_next()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020], Display.Years(clock, throughNextYear: true));
        Assert.Equal([2026, 2025, 2024, 2023, 2022, 2021, 2020], Display.Years(clock, throughNextYear: false));
    }

    // Test data carries the culture by name; the formatter reads the ambient one, as a request sets it.
    private static T In<T>(string name, Func<T> read)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
