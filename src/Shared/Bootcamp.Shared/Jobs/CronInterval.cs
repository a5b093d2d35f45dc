using System.Globalization;

namespace Bootcamp.Shared.Jobs;

/// <summary>
/// The modules configure their recurring jobs as intervals (<c>00:15:00</c>); Hangfire schedules by cron. An interval
/// becomes the cron expression that fires at exactly that spacing, which exists only when the interval divides the next
/// unit evenly: minutes dividing an hour, hours dividing a day, one day, one week. Anything else (7 minutes, 90 minutes,
/// 2 days, a few seconds) would drift or bunch at the hour or month boundary, so it is refused with the closest choices
/// rather than silently rounded.
/// </summary>
public static class CronInterval
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    public static string From(TimeSpan interval)
    {
        if (TryFrom(interval, out var cron))
        {
            return cron;
        }

        throw new ArgumentOutOfRangeException(nameof(interval), interval, Explain(interval));
    }

    public static bool TryFrom(TimeSpan interval, out string cron)
    {
        cron = "";
        if (interval <= TimeSpan.Zero || interval.Ticks % TimeSpan.TicksPerMinute != 0)
        {
            return false;
        }

        var minutes = (long)interval.TotalMinutes;
        if (minutes < 60)
        {
            if (60 % minutes != 0)
            {
                return false;
            }

            cron = minutes == 1 ? "* * * * *" : Invariant($"*/{minutes} * * * *");
            return true;
        }

        if (minutes % 60 == 0 && minutes / 60 < 24)
        {
            var hours = minutes / 60;
            if (24 % hours != 0)
            {
                return false;
            }

            cron = hours == 1 ? "0 * * * *" : Invariant($"0 */{hours} * * *");
            return true;
        }

        if (interval == Day)
        {
            cron = "0 0 * * *";
            return true;
        }

        if (interval == Week)
        {
            cron = "0 0 * * 0";
            return true;
        }

        return false;
    }

    private static string Explain(TimeSpan interval) =>
        Invariant($"An interval of {interval:c} cannot be a recurring schedule: use a whole number of minutes dividing an hour ")
        + "(1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30), of hours dividing a day (1, 2, 3, 4, 6, 8, 12), or exactly 1 or 7 days.";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
