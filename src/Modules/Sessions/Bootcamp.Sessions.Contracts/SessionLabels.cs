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
}
