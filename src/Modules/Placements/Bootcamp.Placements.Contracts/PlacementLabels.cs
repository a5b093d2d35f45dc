using System.Globalization;
using System.Resources;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.Placements.Contracts;

/// <summary>Placements' values in French and English (Labels/PlacementLabels.resx): the follow-up form, the director's
/// dashboard and the sponsor report say an outcome, a salary band and a time to job the same way.</summary>
public static class PlacementLabels
{
    private static readonly ResourceManager Text = EnumLabels.Resource(typeof(PlacementLabels));

    public static string Outcome(OutcomeCode code, CultureInfo? culture = null) => EnumLabels.Of(Text, code, culture);

    public static string Salary(SalaryBand band, CultureInfo? culture = null) => EnumLabels.Of(Text, band, culture);

    /// <summary>A follow-up wave by its months ("6-month follow-up"), never by its rank: a six-month wave is the fourth.</summary>
    public static string Wave(int months, CultureInfo? culture = null)
    {
        var reader = culture ?? CultureInfo.CurrentUICulture;
        return string.Format(reader, Text.GetString("Format_FollowUpWave", reader) ?? "{0}", months);
    }

    public static string Bucket(TimeToJobBucket bucket, CultureInfo? culture = null) => EnumLabels.Of(Text, bucket, culture);

    /// <summary>A placement figure's name, the same on the dashboard, the staff report, the sponsor portal, the CSV and the PDF.</summary>
    public static string Figure(PlacementFigure figure, CultureInfo? culture = null) => EnumLabels.Of(Text, figure, culture);

    /// <summary>"Employment rate: 16 of 21". The counts come formatted, as a report may print one as "&lt; 5".</summary>
    public static string FigureOf(PlacementFigure figure, string part, string whole, CultureInfo? culture = null)
    {
        var reader = culture ?? CultureInfo.CurrentUICulture;
        return string.Format(reader, Text.GetString("Format_FigureOf", reader) ?? "{0}: {1} / {2}", Figure(figure, reader), part, whole);
    }

    /// <summary>A kind of record or a field of the personal-data export (decisions/0018).</summary>
    public static string PersonalData(PlacementPersonalData item, System.Globalization.CultureInfo? culture = null) => EnumLabels.Of(Text, item, culture);
}
