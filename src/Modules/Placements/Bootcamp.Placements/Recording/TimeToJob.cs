using Bootcamp.Placements.Contracts;

namespace Bootcamp.Placements.Recording;

/// <summary>Time to job = start date − session end date. Buckets use calendar months from the end date, inclusive:
/// a start exactly one month after the end (15 March for 15 February) is still "within one month"; AddMonths clamps to
/// the month's last day (31 January + 1 month = 28 or 29 February). A start before the end date counts as 0 days.</summary>
internal static class TimeToJob
{
    public static int Days(DateOnly sessionEnd, DateOnly start) => Math.Max(0, start.DayNumber - sessionEnd.DayNumber);

    public static TimeToJobBucket Bucket(DateOnly sessionEnd, DateOnly start) =>
        start <= sessionEnd.AddMonths(1) ? TimeToJobBucket.WithinOneMonth
        : start <= sessionEnd.AddMonths(2) ? TimeToJobBucket.OneToTwoMonths
        : start <= sessionEnd.AddMonths(3) ? TimeToJobBucket.TwoToThreeMonths
        : TimeToJobBucket.OverThreeMonths;

    /// <summary>The middle value, or the mean of the two middle ones; null for none.</summary>
    public static decimal? Median(IReadOnlyList<int> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2m;
    }
}
