using System.Globalization;
using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Recording;

namespace Bootcamp.UnitTests.Placements;

public sealed class TimeToJobTests
{
    private static DateOnly D(string value) => DateOnly.Parse(value, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2027-02-17", "2027-02-01", 0, TimeToJobBucket.WithinOneMonth)] // hired before the end
    [InlineData("2027-02-17", "2027-02-17", 0, TimeToJobBucket.WithinOneMonth)]
    [InlineData("2027-02-17", "2027-03-17", 28, TimeToJobBucket.WithinOneMonth)] // exactly 1 month
    [InlineData("2027-02-17", "2027-03-18", 29, TimeToJobBucket.OneToTwoMonths)] // 1 month and a day
    [InlineData("2027-02-17", "2027-04-17", 59, TimeToJobBucket.OneToTwoMonths)] // exactly 2 months
    [InlineData("2027-02-17", "2027-04-18", 60, TimeToJobBucket.TwoToThreeMonths)]
    [InlineData("2027-02-17", "2027-05-17", 89, TimeToJobBucket.TwoToThreeMonths)] // exactly 3 months
    [InlineData("2027-02-17", "2027-05-18", 90, TimeToJobBucket.OverThreeMonths)]
    [InlineData("2027-01-31", "2027-02-28", 28, TimeToJobBucket.WithinOneMonth)] // 31 Jan + 1 month = 28 Feb
    [InlineData("2027-01-31", "2027-03-01", 29, TimeToJobBucket.OneToTwoMonths)]
    [InlineData("2028-01-31", "2028-02-29", 29, TimeToJobBucket.WithinOneMonth)] // leap year
    [InlineData("2027-11-30", "2028-02-29", 91, TimeToJobBucket.TwoToThreeMonths)] // across the year, 30 Nov + 3 months = 29 Feb
    [InlineData("2027-11-30", "2028-03-01", 92, TimeToJobBucket.OverThreeMonths)]
    public void Time_to_job_is_days_from_the_end_date_bucketed_in_calendar_months(string end, string start, int days, TimeToJobBucket bucket)
    {
        Assert.Equal(days, TimeToJob.Days(D(end), D(start)));
        Assert.Equal(bucket, TimeToJob.Bucket(D(end), D(start)));
    }

    [Theory]
    [InlineData(new int[0], null)]
    [InlineData(new[] { 12 }, 12.0)]
    [InlineData(new[] { 30, 10, 20 }, 20.0)]
    [InlineData(new[] { 10, 40, 20, 30 }, 25.0)]
    [InlineData(new[] { 1, 2 }, 1.5)]
    public void The_median_is_the_middle_value_or_the_mean_of_the_two_middle_ones(int[] values, double? expected) =>
        Assert.Equal(expected is null ? null : (decimal)expected.Value, TimeToJob.Median(values));
}
