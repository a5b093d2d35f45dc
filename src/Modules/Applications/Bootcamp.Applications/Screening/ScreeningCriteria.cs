using System.Globalization;
using System.Text.Json;
using Bootcamp.Applications.Contracts;
using MediatR;
using Microsoft.Extensions.Options;

namespace Bootcamp.Applications.Screening;

/// <summary>One configurable screening criterion.</summary>
internal sealed class ScreeningCriterion
{
    public string Key { get; set; } = "";
    public string LabelFr { get; set; } = "";
    public string LabelEn { get; set; } = "";

    /// <summary>How many times the criterion counts in the score (at least 1).</summary>
    public int Weight { get; set; } = 1;

    /// <summary>The highest rating (at least 1); ratings run from 0 to this.</summary>
    public int Max { get; set; } = 5;
}

/// <summary>Applications:Screening: the criteria staff rate applications on. None configured means the defaults.</summary>
internal sealed class ScreeningCriteriaOptions
{
    public const string Section = "Applications:Screening";

    public static IReadOnlyList<ScreeningCriterion> Defaults { get; } =
    [
        new() { Key = "motivation", LabelFr = "Motivation", LabelEn = "Motivation", Weight = 3, Max = 5 },
        new()
        {
            Key = "availability", LabelFr = "Disponibilité en soirée et engagement", LabelEn = "Evening availability and commitment",
            Weight = 2, Max = 5,
        },
        new() { Key = "coding", LabelFr = "Initiation préalable à la programmation", LabelEn = "Prior coding exposure", Weight = 1, Max = 5 },
        new() { Key = "track-fit", LabelFr = "Adéquation avec le parcours", LabelEn = "Fit with the track", Weight = 2, Max = 5 },
    ];

    /// <summary>Bound from Applications:Screening:Criteria. Left empty on purpose: binding appends to a prefilled list.</summary>
    public List<ScreeningCriterion> Criteria { get; set; } = [];

    public IReadOnlyList<ScreeningCriterion> Effective => Criteria.Count == 0 ? Defaults : Criteria;

    public bool IsValid() =>
        Effective.All(c => !string.IsNullOrWhiteSpace(c.Key) && c.Weight >= 1 && c.Max >= 1)
        && Effective.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count() == Effective.Count;

    public IReadOnlyList<ScreeningCriterionDto> ToDtos() =>
        Effective.Select(c => new ScreeningCriterionDto(c.Key, c.LabelFr, c.LabelEn, c.Weight, c.Max)).ToList();
}

/// <summary>The score arithmetic: round(100 × Σ(weight × rating / max) / Σ weight), halves away from zero.</summary>
internal static class ScreeningScore
{
    public static int Compute(IEnumerable<ScreeningCriterionDto> criteria, IReadOnlyDictionary<string, int> ratings)
    {
        decimal weighted = 0;
        var weights = 0;
        foreach (var c in criteria)
        {
            weighted += c.Weight * (decimal)ratings[c.Key] / c.Max;
            weights += c.Weight;
        }

        return weights == 0 ? 0 : (int)Math.Round(100 * weighted / weights, MidpointRounding.AwayFromZero);
    }
}

/// <summary>Ratings to and from the jsonb column.</summary>
internal static class ScreeningRatings
{
    public static string Write(IReadOnlyDictionary<string, int> ratings) =>
        JsonSerializer.Serialize(ratings.OrderBy(r => r.Key, StringComparer.Ordinal).ToDictionary(r => r.Key, r => r.Value));

    public static IReadOnlyDictionary<string, int>? Read(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<Dictionary<string, int>>(json);

    public static string Label(ScreeningCriterionDto criterion) => criterion.Label(CultureInfo.CurrentUICulture);
}

internal sealed class GetScreeningCriteriaHandler(IOptions<ScreeningCriteriaOptions> options)
    : IRequestHandler<GetScreeningCriteria, IReadOnlyList<ScreeningCriterionDto>>
{
    public Task<IReadOnlyList<ScreeningCriterionDto>> Handle(GetScreeningCriteria request, CancellationToken cancellationToken) =>
        Task.FromResult(options.Value.ToDtos());
}
