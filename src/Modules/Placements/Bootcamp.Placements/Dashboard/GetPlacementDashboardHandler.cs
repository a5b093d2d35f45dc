using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.FollowUps;
using Bootcamp.Placements.Persistence;
using Bootcamp.Placements.Recording;
using Bootcamp.Shared;
using MediatR;
using Microsoft.Extensions.Options;

namespace Bootcamp.Placements.Dashboard;

/// <summary>People not authorised to work in Canada are counted apart: they are neither in the denominator nor among the
/// placed, so a work permit that has not come yet does not read as a failure of the programme.</summary>
internal sealed class GetPlacementDashboardHandler(PlacementsDbContext db, TimeProvider clock, IOptions<FollowUpOptions> options)
    : IRequestHandler<GetPlacementDashboard, PlacementDashboardDto>
{
    public async Task<PlacementDashboardDto> Handle(GetPlacementDashboard request, CancellationToken cancellationToken)
    {
        var facts = await PlacementFacts.ForAsync(db, request.Year, request.SessionId, cancellationToken);
        var counted = facts.Where(f => !f.NotAuthorised).ToList();
        var placed = counted.Where(f => f.IsPlaced).ToList();
        var inField = placed.Count(f => f.Current!.InTechField);
        var days = placed.Select(f => TimeToJob.Days(f.Person.SessionEndDate, f.Current!.StartDate)).ToList();
        var buckets = placed.GroupBy(f => TimeToJob.Bucket(f.Person.SessionEndDate, f.Current!.StartDate)).ToDictionary(g => g.Key, g => g.Count());

        return new PlacementDashboardDto(
            facts.Count,
            facts.Count - counted.Count,
            counted.Count,
            placed.Count,
            Ratio(placed.Count, counted.Count),
            inField,
            Ratio(inField, placed.Count),
            TimeToJob.Median(days),
            [.. Enum.GetValues<TimeToJobBucket>().Select(b => new TimeToJobRowDto(b, buckets.GetValueOrDefault(b), Ratio(buckets.GetValueOrDefault(b), placed.Count)))],
            Waves(facts),
            ToChase(facts),
            buckets.Where(b => b.Key.IsWithinThreeMonths()).Sum(b => b.Value));
    }

    internal static decimal? Ratio(int part, int whole) => whole == 0 ? null : (decimal)part / whole;

    internal static List<WaveResponseDto> Waves(List<PersonFacts> facts) =>
        // By months, not by rank: sessions planned under different offsets share a row only when their waves fall as long
        // after the end.
        [.. facts.SelectMany(f => f.Waves).GroupBy(w => w.OffsetMonths).OrderBy(g => g.Key).Select(g =>
        {
            var sent = g.Count(w => w.SentAt is not null);
            var answered = g.Count(w => w.Status == FollowUpWaveStatus.Answered);
            return new WaveResponseDto(
                g.Min(w => w.Number), g.Key, sent, answered, g.Count(w => w.Status == FollowUpWaveStatus.NonReporting),
                g.Count(w => w.Status == FollowUpWaveStatus.Cancelled), Ratio(answered, sent));
        })];

    private List<PersonToChaseDto> ToChase(List<PersonFacts> facts)
    {
        var now = clock.GetUtcNow();
        var today = ProgrammeTime.Today(clock);
        var reminderAfter = options.Value.ReminderAfter;
        return [.. facts
            .Where(f => f.Person.ConsentWithdrawnAt is null)
            .SelectMany(f => f.Waves
                .Where(w => w.Status == FollowUpWaveStatus.Sent && w.SentAt <= now - reminderAfter && w.ClosesOn > today)
                .Select(w => new PersonToChaseDto(
                    f.Person.ParticipantId, f.Person.SessionId, f.Person.FirstName, f.Person.LastName, f.Person.Email,
                    f.Person.PreferredLanguage, w.OffsetMonths, w.SentAt!.Value, w.ReminderSentAt, w.ClosesOn)))
            .OrderBy(c => c.ClosesOn).ThenBy(c => c.LastName).ThenBy(c => c.FirstName)];
    }
}
