using Bootcamp.Applications.Contracts;
using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Persistence;
using Bootcamp.Placements.Recording;
using MediatR;

namespace Bootcamp.Placements.Dashboard;

/// <summary>Counts only: Reporting never sees who. Not-authorised people are counted apart, as on the dashboard; people
/// without aggregate-reporting consent are left out entirely (Applications keeps the consent ledger).</summary>
internal sealed class GetPlacementOutcomesHandler(PlacementsDbContext db, IMediator mediator) : IRequestHandler<GetPlacementOutcomes, PlacementOutcomesDto>
{
    public async Task<PlacementOutcomesDto> Handle(GetPlacementOutcomes request, CancellationToken cancellationToken)
    {
        var sessionIds = request.SessionIds ?? [];
        var excluded = (await mediator.Send(new GetAggregateReportingExclusions([.. sessionIds]), cancellationToken)).ToHashSet();
        var facts = (await PlacementFacts.ForSessionsAsync(db, sessionIds, cancellationToken))
            .Where(f => !excluded.Contains(f.Person.ApplicationId))
            .ToList();
        var counted = facts.Where(f => !f.NotAuthorised).ToList();
        var byOutcome = Enum.GetValues<OutcomeCode>().ToDictionary(o => o, o => counted.Count(f => f.Outcome == o));
        var placed = counted.Where(f => f.IsPlaced).ToList();
        var byBucket = Enum.GetValues<TimeToJobBucket>().ToDictionary(
            b => b, b => placed.Count(f => TimeToJob.Bucket(f.Person.SessionEndDate, f.Current!.StartDate) == b));
        return new PlacementOutcomesDto(
            facts.Count, facts.Count - counted.Count, byOutcome, byBucket, placed.Count(f => f.Current!.InTechField),
            GetPlacementDashboardHandler.Waves(facts));
    }
}
