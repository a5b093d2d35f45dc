namespace Bootcamp.Attendance.ClassMeetings;

internal static class ProgrammeCalendar
{
    private static readonly TimeZoneInfo Montreal = TimeZoneInfo.FindSystemTimeZoneById("America/Montreal");

    /// <summary>Today where the programme runs: an evening class at 23:30 UTC is still "today" in Montréal.</summary>
    public static DateOnly Today(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Montreal).DateTime);

    public static IEnumerable<DateOnly> Evenings(DateOnly from, DateOnly to, IReadOnlyCollection<DayOfWeek> days)
    {
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            if (days.Contains(date.DayOfWeek))
            {
                yield return date;
            }
        }
    }
}
