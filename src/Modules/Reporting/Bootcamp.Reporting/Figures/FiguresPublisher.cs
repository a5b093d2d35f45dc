using Bootcamp.Placements.Contracts;
using Bootcamp.Reporting.Contracts;
using Bootcamp.Reporting.Disclosure;
using Bootcamp.Reporting.Pdf;

namespace Bootcamp.Reporting.Figures;

/// <summary>Turns exact counts into what may be shown. Every count goes through <see cref="Suppression"/>; a rate is shown
/// only when both its numerator and what the denominator leaves are safe; a share whose denominator is hidden elsewhere
/// is hidden too, as it would give that denominator back.</summary>
internal static class FiguresPublisher
{
    public static ReportFiguresDto Publish(RawFigures raw, DisclosureOptions options, ReportText text)
    {
        var t = options.MinimumCount;
        var applications = Suppression.Count(raw.Applications, t);
        var seats = raw.Seats;

        // Immigration status: only the newcomer / resident split, only over a year or more, only with enough people.
        ReportTable? applicants = raw.YearLevel && raw.Applications >= options.MinimumForImmigrationStatus
            ? ToTable(Suppression.Table([raw.Newcomers, raw.Residents], raw.Applications, t), ["Newcomer", "EstablishedResident"], text.Category)
            : null;

        // Completers who may not work in Canada are left out of the placement denominator, so completers − denominator
        // would count them. Work authorisation is as telling as immigration status: the completion count and rate give
        // way unless nobody is concerned, or the report is at the level where immigration status may show.
        var p = raw.Placements;
        var completion = Suppression.Rate(raw.Completed, raw.DecidedParticipants, t);
        var completionShown = p.NotAuthorisedToWork == 0
            || (raw.YearLevel && p.Completers >= options.MinimumForImmigrationStatus && !Suppression.IsSmall(p.NotAuthorisedToWork, t));

        // Placements computed every figure (PlacementFigures); here only what may be shown is decided. A rate is shown when
        // both its cells are safe, and then it is Placements' own value, not a second formula.
        var placedRate = Suppression.Rate(p.Placed, p.Denominator, t);
        var placedHidden = placedRate.Parts[0].Suppressed;
        var withinRate = Suppression.Rate(p.PlacedWithinThreeMonths, p.Denominator, t);
        var withinOfPlaced = Suppression.Rate(p.PlacedWithinThreeMonths, p.Placed, t);
        var withinShown = !placedHidden && !withinRate.Parts[0].Suppressed && !withinOfPlaced.Parts[0].Suppressed;
        var inField = Suppression.Rate(p.InField, p.Placed, t);
        var inFieldShown = !placedHidden && !inField.Parts[0].Suppressed;

        var outcomes = ToTable(
            Suppression.Table([.. p.Outcomes.Select(o => o.Count)], p.Denominator, t),
            [.. p.Outcomes.Select(o => o.Outcome.ToString())], text.Outcome, [.. p.Outcomes.Select(o => o.ShareOfDenominator)]);
        var bucketKeys = p.Buckets.Select(b => b.Bucket.ToString()).ToList();
        var buckets = placedHidden
            ? Hidden(bucketKeys, text.Bucket)
            : ToTable(Suppression.Table([.. p.Buckets.Select(b => b.Count)], p.Placed, t), bucketKeys, text.Bucket, [.. p.Buckets.Select(b => b.ShareOfPlaced)]);

        var skills = raw.Skills.Skills.Select(s =>
        {
            if (Suppression.IsSmall(s.Paired, t))
            {
                return new SkillChangeRow(s.SkillArea, text.Skill(s.SkillArea), Cell(Suppression.Count(s.Paired, t)), null, null, null);
            }

            var improved = (int)Math.Round(s.ImprovedShare * s.Paired, MidpointRounding.AwayFromZero);
            return new SkillChangeRow(s.SkillArea, text.Skill(s.SkillArea), Cell(PublishedCount.Shown(s.Paired)), s.AveragePre, s.AveragePost,
                Suppression.Rate(improved, s.Paired, t).Shares[0]);
        }).ToList();

        var waves = p.Waves.Select(w =>
        {
            var rate = Suppression.Rate(w.Answered, w.Sent, t);
            return new WaveRow(w.Months, Cell(Suppression.Count(w.Sent, t)), Cell(rate.Parts[0]), Exact(rate.Shares[0], w.ResponseRate));
        }).ToList();

        return new ReportFiguresDto(
            t,
            options.MinimumForImmigrationStatus,
            [.. raw.Sessions.Select(Funding.ToFunded)],
            seats,
            Cell(applications),
            applications.Value is { } a && seats > 0 ? (decimal)a / seats : null,
            applicants,
            Cell(Suppression.Count(raw.Participants, t)),
            completionShown ? Cell(completion.Parts[0]) : new ReportCount(null, false),
            completionShown ? completion.Shares[0] : null,
            raw.AttendanceCounted >= t ? raw.AttendanceRate : null,
            Cell(Suppression.Count(raw.Skills.Paired, t)),
            skills,
            Cell(Suppression.Count(p.Denominator, t)),
            Cell(placedRate.Parts[0]),
            Exact(placedRate.Shares[0], p.PlacedRate),
            withinShown ? Cell(PublishedCount.Shown(p.PlacedWithinThreeMonths)) : Cell(new PublishedCount(null, Suppression.IsSmall(p.PlacedWithinThreeMonths, t))),
            withinShown ? Exact(withinRate.Shares[0], p.PlacedWithinThreeMonthsRate) : null,
            inFieldShown ? Cell(inField.Parts[0]) : Cell(new PublishedCount(null, Suppression.IsSmall(p.InField, t))),
            inFieldShown ? Exact(inField.Shares[0], p.InFieldRate) : null,
            outcomes,
            buckets,
            waves);
    }

    private static ReportCount Cell(PublishedCount c) => new(c.Value, c.Suppressed && c.Primary);

    /// <summary>Shown when disclosure control publishes it, and then the exact value Placements computed.</summary>
    private static decimal? Exact(decimal? published, decimal? exact) => published is null ? null : exact;

    /// <param name="exact">The shares as their module computed them, when it did; else the published cell ÷ total.</param>
    private static ReportTable ToTable(PublishedTable table, IReadOnlyList<string> keys, Func<string, string> label, IReadOnlyList<decimal?>? exact = null) =>
        new([.. keys.Select((k, i) => new ReportRow(k, label(k), Cell(table.Parts[i]), exact is null ? table.Shares[i] : Exact(table.Shares[i], exact[i])))], Cell(table.Total));

    private static ReportTable Hidden(IReadOnlyList<string> keys, Func<string, string> label) =>
        new([.. keys.Select(k => new ReportRow(k, label(k), new ReportCount(null, false), null))], new ReportCount(null, false));
}
