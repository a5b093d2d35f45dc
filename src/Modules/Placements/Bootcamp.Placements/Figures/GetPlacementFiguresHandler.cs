using Bootcamp.Applications.Contracts;
using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Persistence;
using MediatR;

namespace Bootcamp.Placements.Figures;

/// <summary>Counts only: Reporting never sees who. Applications keeps the consent ledger, so it says who is left out.</summary>
internal sealed class GetPlacementFiguresHandler(PlacementsDbContext db, IMediator mediator) : IRequestHandler<GetPlacementFigures, PlacementFiguresDto>
{
    public async Task<PlacementFiguresDto> Handle(GetPlacementFigures request, CancellationToken cancellationToken)
    {
        var sessionIds = request.SessionIds ?? [];
        var facts = await PlacementFacts.ForAsync(db, sessionIds, cancellationToken);
        var withoutConsent = await WithoutReportingConsentAsync(mediator, facts, cancellationToken);
        return PlacementFigures.Compute(facts, withoutConsent, PlacementPopulation.ReportingConsent);
    }

    /// <summary>The application ids of these people whose aggregate-reporting consent is not in force.</summary>
    public static async Task<IReadOnlySet<Guid>> WithoutReportingConsentAsync(IMediator mediator, IReadOnlyList<PersonFacts> people, CancellationToken cancellationToken)
    {
        if (people.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var sessions = people.Select(f => f.Person.SessionId).Distinct().ToList();
        return (await mediator.Send(new GetAggregateReportingExclusions(sessions), cancellationToken)).ToHashSet();
    }
}
