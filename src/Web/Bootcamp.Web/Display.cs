using Bootcamp.Shared.Contracts;
using System.Globalization;
using Bootcamp.Shared;

namespace Bootcamp.Web;

/// <summary>Formats dates, times and labels for the reader's culture and the programme's time zone.</summary>
public static class Display
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static DateOnly Today(TimeProvider clock) => ProgrammeTime.Today(clock);

    public static string Date(DateOnly date) => date.ToString("D", Culture);

    public static string ShortDate(DateOnly date) => date.ToString("d MMM yyyy", Culture);

    public static string Time(TimeOnly time) => time.ToString("t", Culture);

    public static string Moment(DateTimeOffset moment) => ProgrammeTime.Local(moment).ToString("g", Culture);

    public static string Days(IEnumerable<DayOfWeek> days) => string.Join(", ", days.Select(d => Culture.DateTimeFormat.GetDayName(d)));

    public static string Schedule(IEnumerable<DayOfWeek> days, TimeOnly startsAt, TimeOnly endsAt) =>
        string.Format(Culture, CommonText.SessionSchedule, Days(days), Time(startsAt), Time(endsAt));

    public static string Dates(DateOnly start, DateOnly end) => string.Format(Culture, CommonText.SessionDates, Date(start), Date(end));

    /// <summary>A person's preferred language, named in the reader's ("en…" is English, anything else French).</summary>
    public static string Language(string? code) =>
        code is not null && code.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? CommonText.LanguageEnglish : CommonText.LanguageFrench;

    public static string DayName(DayOfWeek day) => Culture.DateTimeFormat.GetDayName(day);

    private const int FirstProgrammeYear = 2020;

    /// <summary>The years a filter offers, newest first, from the programme's first through this one, or through next
    /// year where sessions and sponsorships are planned ahead; placements and their follow-ups have none yet.</summary>
    public static IEnumerable<int> Years(TimeProvider clock, bool throughNextYear) =>
        Enumerable.Range(FirstProgrammeYear, clock.GetUtcNow().Year - FirstProgrammeYear + (throughNextYear ? 2 : 1)).Reverse();

    /// <summary>A share as a whole percentage in the reader's language, as reports write it.</summary>
    public static string Percent(decimal? share) => Percentage.Format(share, Culture);
}
