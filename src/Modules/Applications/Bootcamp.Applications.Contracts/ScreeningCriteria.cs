using Bootcamp.Shared.Contracts;

namespace Bootcamp.Applications.Contracts;

/// <summary>One screening criterion: rated 0..<paramref name="Max"/>, counting <paramref name="Weight"/> times in the score.</summary>
public sealed record ScreeningCriterionDto(string Key, string LabelFr, string LabelEn, int Weight, int Max)
{
    /// <summary>The label in the reader's language (French unless the culture is English).</summary>
    public string Label(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? LabelEn : LabelFr;
}

/// <summary>The criteria staff rate applications on, as configured (Applications:Screening:Criteria).</summary>
public sealed record GetScreeningCriteria : IQuery<IReadOnlyList<ScreeningCriterionDto>>;
