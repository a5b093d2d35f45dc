using System.Globalization;
using System.Resources;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.Surveys.Contracts;

/// <summary>Surveys' values in French and English (Labels/SurveyLabels.resx).</summary>
public static class SurveyLabels
{
    private static readonly ResourceManager Text = EnumLabels.Resource(typeof(SurveyLabels));

    /// <summary>A kind of record or a field of the personal-data export (decisions/0018).</summary>
    public static string PersonalData(SurveyPersonalData item, CultureInfo? culture = null) => EnumLabels.Of(Text, item, culture);
}
