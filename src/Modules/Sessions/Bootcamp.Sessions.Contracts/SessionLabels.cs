using System.Globalization;
using System.Resources;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.Sessions.Contracts;

/// <summary>Sessions' values in French and English (Labels/SessionLabels.resx), and a track's own bilingual name: every
/// module's pages and the sponsor report read them here.</summary>
public static class SessionLabels
{
    private static readonly ResourceManager Text = EnumLabels.Resource(typeof(SessionLabels));

    private static bool English(CultureInfo? culture) => (culture ?? CultureInfo.CurrentUICulture).TwoLetterISOLanguageName == "en";

    public static string Delivery(DeliveryMode mode, CultureInfo? culture = null) => EnumLabels.Of(Text, mode, culture);

    public static string Withdrawal(WithdrawalReason? reason, CultureInfo? culture = null) =>
        reason is { } known ? EnumLabels.Of(Text, known, culture) : "—";

    public static string Participant(ParticipantStatus status, CultureInfo? culture = null) => EnumLabels.Of(Text, status, culture);

    public static string Outcome(CompletionOutcome outcome, CultureInfo? culture = null) => EnumLabels.Of(Text, outcome, culture);

    public static string Track(TrackDto track, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(track);
        return English(culture) ? track.NameEn : track.NameFr;
    }

    public static string? TrackDescription(TrackDto track, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(track);
        return English(culture) ? track.DescriptionEn : track.DescriptionFr;
    }

    /// <summary>A kind of record or a field of the personal-data export (decisions/0018).</summary>
    public static string PersonalData(SessionPersonalData item, System.Globalization.CultureInfo? culture = null) => EnumLabels.Of(Text, item, culture);

    /// <summary>What every mail about a session names, so it can be read alone (issue 19): the session, its dates, its
    /// evenings with their hours in Montréal time, and its place or online link. Values already in the reader's language.</summary>
    public static IReadOnlyList<(string Label, string Value)> Facts(SessionDetails details, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        var c = culture ?? CultureInfo.CurrentUICulture;
        string L(SessionFact fact, string? form = null) => EnumLabels.Of(Text, fact, c, form);
        var days = details.Days.Distinct().OrderBy(d => ((int)d + 6) % 7).Select(d => c.DateTimeFormat.GetDayName(d)).ToList();
        var dayList = days.Count switch
        {
            0 => "",
            1 => days[0],
            _ => string.Format(c, L(SessionFact.Evenings, "And"), string.Join(", ", days.Take(days.Count - 1)), days[^1]),
        };
        var facts = new List<(string, string)>
        {
            (L(SessionFact.Session), details.Title),
            (L(SessionFact.Dates), string.Format(c, L(SessionFact.Dates, "Range"), details.StartDate.ToString("D", c), details.EndDate.ToString("D", c))),
            (L(SessionFact.Evenings), string.Format(c, L(SessionFact.Evenings, "Hours"), dayList, details.StartsAt.ToString("t", c), details.EndsAt.ToString("t", c))),
        };
        if (details.Delivery != DeliveryMode.Online)
        {
            facts.Add((L(SessionFact.Place), string.IsNullOrWhiteSpace(details.Location) ? Delivery(details.Delivery, c) : details.Location.Trim()));
        }

        if (details.Delivery != DeliveryMode.InPerson)
        {
            facts.Add((L(SessionFact.OnlineLink), string.IsNullOrWhiteSpace(details.OnlineLink) ? Delivery(details.Delivery, c) : details.OnlineLink.Trim()));
        }

        return facts;
    }
}

/// <summary>What a mail says about its session (<see cref="SessionLabels.Facts"/>).</summary>
public enum SessionFact
{
    Session,
    Dates,
    Evenings,
    Place,
    OnlineLink,
}
