using System.Globalization;
using System.Resources;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.Applications.Contracts;

/// <summary>Applications' values in French and English (Labels/ApplicationLabels.resx): the staff pages, the applicant's
/// pages and the sponsor report all read them here.</summary>
public static class ApplicationLabels
{
    private static readonly ResourceManager Text = EnumLabels.Resource(typeof(ApplicationLabels));

    public static string Category(ApplicantCategory category, CultureInfo? culture = null) => EnumLabels.Of(Text, category, culture);

    /// <summary>The group as a report heads a row: "Newcomers".</summary>
    public static string CategoryGroup(ApplicantCategory category, CultureInfo? culture = null) => EnumLabels.Of(Text, category, culture, "Group");

    public static string Status(ApplicationStatus status, CultureInfo? culture = null) => EnumLabels.Of(Text, status, culture);

    public static string Screening(ScreeningState state, CultureInfo? culture = null) => EnumLabels.Of(Text, state, culture);

    public static string Residency(ResidencyStatus? status, CultureInfo? culture = null) =>
        status is { } known ? EnumLabels.Of(Text, known, culture) : "—";

    public static string Consent(ConsentPurpose purpose, CultureInfo? culture = null) => EnumLabels.Of(Text, purpose, culture);

    public static string Rule(RankingChoice rule, CultureInfo? culture = null) => EnumLabels.Of(Text, rule, culture);

    /// <summary>A kind of record or a field of the personal-data export (decisions/0018).</summary>
    public static string PersonalData(ApplicationPersonalData item, System.Globalization.CultureInfo? culture = null) => EnumLabels.Of(Text, item, culture);
}
