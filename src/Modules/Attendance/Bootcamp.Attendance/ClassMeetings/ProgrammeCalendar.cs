namespace Bootcamp.Attendance.ClassMeetings;

internal static class ProgrammeCalendar
{
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
