using Bootcamp.Shared.Contracts;
using System.Globalization;
using Bootcamp.Applications.Contracts;
using Bootcamp.Placements.Contracts;
using Bootcamp.Reporting.Contracts;
using Bootcamp.Reporting.Resources;

namespace Bootcamp.Reporting.Pdf;

/// <summary>How report figures read in one language: "55 %" in French (a no-break space, as French typography wants:
/// the sign never wraps away from its number), "55%" in English; a suppressed count as "&lt; 5"
/// (small) or "—" (hidden so a small one cannot be recovered).</summary>
internal sealed class ReportText(CultureInfo culture, int threshold)
{
    public CultureInfo Culture { get; } = culture;

    /// <summary>en-CA for any English culture, fr-CA (the programme's default) otherwise.</summary>
    public static CultureInfo Supported(string? name) =>
        CultureInfo.GetCultureInfo(name?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en-CA" : "fr-CA");

    public bool English => Culture.TwoLetterISOLanguageName == "en";

    public string this[string key] => ReportMessages.ResourceManager.GetString(key, Culture) ?? key;

    public string Format(string key, params object[] values) => string.Format(Culture, this[key], values);

    public string Count(ReportCount count) => count.Format(threshold, Culture, this[nameof(ReportMessages.Suppressed)]);

    public string Percent(decimal? share) => Percentage.Format(share, Culture, this[nameof(ReportMessages.Suppressed)]);

    public string Decimal(decimal? value, int digits = 1) =>
        value is { } v ? Math.Round(v, digits, MidpointRounding.AwayFromZero).ToString("N" + digits.ToString(CultureInfo.InvariantCulture), Culture) : this[nameof(ReportMessages.Suppressed)];

    public string Date(DateOnly date) => date.ToString(English ? "MMM d, yyyy" : "d MMM yyyy", Culture);

    // Outcome, time to job and applicant group read as Placements and Applications say them (their Contracts' labels).
    public string Outcome(string code) => PlacementLabels.Outcome(Enum.Parse<OutcomeCode>(code), Culture);

    public string Bucket(string code) => PlacementLabels.Bucket(Enum.Parse<TimeToJobBucket>(code), Culture);

    public string Wave(int months) => PlacementLabels.Wave(months, Culture);

    /// <summary>A placement figure by the name the dashboard and every report give it.</summary>
    public string Figure(PlacementFigure figure) => PlacementLabels.Figure(figure, Culture);

    /// <summary>"76% (16 of 21)": a rate with the two counts it is made of, each as disclosure control left it.</summary>
    public string RateOf(decimal? rate, ReportCount part, ReportCount whole) => Format(nameof(ReportMessages.RateOf), Percent(rate), Count(part), Count(whole));

    public string Category(string code) => ApplicationLabels.CategoryGroup(Enum.Parse<ApplicantCategory>(code), Culture);

    /// <summary>The default questionnaire's skill areas have names here; one a programme added itself reads as its key.</summary>
    public string Skill(string key) => ReportMessages.ResourceManager.GetString("Skill_" + key.Replace('-', '_'), Culture) ?? key;
}
