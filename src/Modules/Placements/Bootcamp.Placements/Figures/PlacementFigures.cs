using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Recording;

namespace Bootcamp.Placements.Figures;

/// <summary>
/// Every placement figure, computed here and nowhere else (docs/FIGURES.md): the director's dashboard shows the result as
/// is, Reporting publishes it through disclosure control. A screen that counts other people passes another
/// <see cref="PlacementPopulation"/>; it never applies a formula of its own. Three screens once printed three employment
/// rates for one programme because each had its own denominator, consent rule and year.
/// </summary>
internal static class PlacementFigures
{
    /// <param name="people">Everyone followed in the scope.</param>
    /// <param name="withoutReportingConsent">Application ids whose aggregate-reporting consent is not in force.</param>
    public static PlacementFiguresDto Compute(
        IReadOnlyList<PersonFacts> people, IReadOnlySet<Guid> withoutReportingConsent, PlacementPopulation population)
    {
        List<PersonFacts> counted = population switch
        {
            PlacementPopulation.EveryoneFollowed => [.. people],
            PlacementPopulation.ReportingConsent => people.Where(f => !withoutReportingConsent.Contains(f.Person.ApplicationId)).ToList(),
            _ => throw new ArgumentOutOfRangeException(nameof(population), population, "A population no rule defines."),
        };

        // People not authorised to work in Canada are neither in the denominator nor among the placed, so a work permit
        // that has not come yet does not read as a failure of the programme.
        var eligible = counted.Where(f => !f.NotAuthorised).ToList();
        var placed = eligible.Where(f => f.IsPlaced).ToList();
        var buckets = placed.GroupBy(f => f.Bucket!.Value).ToDictionary(g => g.Key, g => g.Count());
        var within = buckets.Where(b => b.Key.IsWithinThreeMonths()).Sum(b => b.Value);
        var inField = placed.Count(f => f.Current!.InTechField);
        var outcomes = eligible.GroupBy(f => f.Outcome).ToDictionary(g => g.Key, g => g.Count());

        return new PlacementFiguresDto(
            population,
            counted.Count,
            counted.Count(f => withoutReportingConsent.Contains(f.Person.ApplicationId)),
            counted.Count - eligible.Count,
            eligible.Count,
            placed.Count,
            Ratio(placed.Count, eligible.Count),
            within,
            Ratio(within, eligible.Count),
            inField,
            Ratio(inField, placed.Count),
            TimeToJob.Median([.. placed.Select(f => f.DaysToJob!.Value)]),
            [.. Enum.GetValues<TimeToJobBucket>().Select(b => new TimeToJobRowDto(b, buckets.GetValueOrDefault(b), Ratio(buckets.GetValueOrDefault(b), placed.Count)))],
            [.. Enum.GetValues<OutcomeCode>().Select(o => new OutcomeRowDto(o, outcomes.GetValueOrDefault(o), Ratio(outcomes.GetValueOrDefault(o), eligible.Count)))],
            Waves(counted));
    }

    /// <summary>Exact; null for a zero whole, so that no screen prints 0 % for "nobody to count yet".</summary>
    public static decimal? Ratio(int part, int whole) => whole == 0 ? null : (decimal)part / whole;

    private static List<WaveResponseDto> Waves(IEnumerable<PersonFacts> people) =>
        // By months, not by rank: sessions planned under different offsets share a row only when their waves fall as long
        // after the end.
        [.. people.SelectMany(f => f.Waves).GroupBy(w => w.OffsetMonths).OrderBy(g => g.Key).Select(g =>
        {
            var sent = g.Count(w => w.SentAt is not null);
            var answered = g.Count(w => w.Status == FollowUpWaveStatus.Answered);
            return new WaveResponseDto(
                g.Min(w => w.Number), g.Key, sent, answered, g.Count(w => w.Status == FollowUpWaveStatus.NonReporting),
                g.Count(w => w.Status == FollowUpWaveStatus.Cancelled), Ratio(answered, sent));
        })];
}
