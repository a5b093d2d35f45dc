using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Persistence;
using Bootcamp.Placements.Recording;
using MediatR;

namespace Bootcamp.Placements.Dashboard;

/// <summary>Counts only: Reporting never sees who. Not-authorised people are counted apart, as on the dashboard.</summary>
internal sealed class GetPlacementOutcomesHandler(PlacementsDbContext db) : IRequestHandler<GetPlacementOutcomes, PlacementOutcomesDto>
{
    public async Task<PlacementOutcomesDto> Handle(GetPlacementOutcomes request, CancellationToken cancellationToken)
    {
        var facts = await PlacementFacts.ForSessionsAsync(db, request.SessionIds ?? [], cancellationToken);
        var counted = facts.Where(f => !f.NotAuthorised).ToList();
        var byOutcome = Enum.GetValues<OutcomeCode>().ToDictionary(o => o, o => counted.Count(f => f.Outcome == o));
        var placed = counted.Where(f => f.IsPlaced).ToList();
        var byBucket = Enum.GetValues<TimeToJobBucket>().ToDictionary(
            b => b, b => placed.Count(f => TimeToJob.Bucket(f.Person.SessionEndDate, f.Current!.StartDate) == b));
        return new PlacementOutcomesDto(facts.Count, facts.Count - counted.Count, byOutcome, byBucket);
    }
}
