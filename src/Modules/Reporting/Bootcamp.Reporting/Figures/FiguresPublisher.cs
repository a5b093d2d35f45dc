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
        var completion = Suppression.Rate(raw.Completed, raw.DecidedParticipants, t);
        var completionShown = raw.NotAuthorised == 0
            || (raw.YearLevel && raw.FollowedUp >= options.MinimumForImmigrationStatus && !Suppression.IsSmall(raw.NotAuthorised, t));
        var placedRate = Suppression.Rate(raw.Placed, raw.PlacementDenominator, t);
        var placedHidden = placedRate.Parts[0].Suppressed;

        var within = Enum.GetValues<TimeToJobBucket>().Where(b => b.IsWithinThreeMonths()).Sum(b => raw.Buckets.GetValueOrDefault(b));
        var withinRate = Suppression.Rate(within, raw.PlacementDenominator, t);
        var withinOfPlaced = Suppression.Rate(within, raw.Placed, t);
        var withinShown = !placedHidden && !withinRate.Parts[0].Suppressed && !withinOfPlaced.Parts[0].Suppressed;
        var inField = Suppression.Rate(raw.InField, raw.Placed, t);
        var inFieldShown = !placedHidden && !inField.Parts[0].Suppressed;

        var outcomeKeys = Enum.GetValues<OutcomeCode>();
        var outcomes = ToTable(
            Suppression.Table([.. outcomeKeys.Select(o => raw.Outcomes.GetValueOrDefault(o))], raw.PlacementDenominator, t),
            [.. outcomeKeys.Select(o => o.ToString())], text.Outcome);
        var bucketKeys = Enum.GetValues<TimeToJobBucket>();
        var buckets = placedHidden
            ? Hidden([.. bucketKeys.Select(b => b.ToString())], text.Bucket)
            : ToTable(Suppression.Table([.. bucketKeys.Select(b => raw.Buckets.GetValueOrDefault(b))], raw.Placed, t), [.. bucketKeys.Select(b => b.ToString())], text.Bucket);

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

        var waves = raw.Waves.Select(w =>
        {
            var rate = Suppression.Rate(w.Answered, w.Sent, t);
            return new WaveRow(w.Months, Cell(Suppression.Count(w.Sent, t)), Cell(rate.Parts[0]), rate.Shares[0]);
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
            Cell(Suppression.Count(raw.PlacementDenominator, t)),
            Cell(placedRate.Parts[0]),
            placedRate.Shares[0],
            withinShown ? Cell(PublishedCount.Shown(within)) : Cell(new PublishedCount(null, Suppression.IsSmall(within, t))),
            withinShown ? withinRate.Shares[0] : null,
            inFieldShown ? Cell(inField.Parts[0]) : Cell(new PublishedCount(null, Suppression.IsSmall(raw.InField, t))),
            inFieldShown ? inField.Shares[0] : null,
            outcomes,
            buckets,
            waves);
    }

    private static ReportCount Cell(PublishedCount c) => new(c.Value, c.Suppressed && c.Primary);

    private static ReportTable ToTable(PublishedTable table, IReadOnlyList<string> keys, Func<string, string> label) =>
        new([.. keys.Select((k, i) => new ReportRow(k, label(k), Cell(table.Parts[i]), table.Shares[i]))], Cell(table.Total));

    private static ReportTable Hidden(IReadOnlyList<string> keys, Func<string, string> label) =>
        new([.. keys.Select(k => new ReportRow(k, label(k), new ReportCount(null, false), null))], new ReportCount(null, false));
}
