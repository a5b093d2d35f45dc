using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Figures;
using Bootcamp.Placements.FollowUps;
using Bootcamp.Placements.Persistence;
using Bootcamp.Shared;
using MediatR;
using Microsoft.Extensions.Options;

namespace Bootcamp.Placements.Dashboard;

/// <summary>The director follows everyone, consent to aggregate reporting or not: the figures are the published ones'
/// computation over that wider population, which the page states beside them.</summary>
internal sealed class GetPlacementDashboardHandler(PlacementsDbContext db, IMediator mediator, TimeProvider clock, IOptions<FollowUpOptions> options)
    : IRequestHandler<GetPlacementDashboard, PlacementDashboardDto>
{
    public async Task<PlacementDashboardDto> Handle(GetPlacementDashboard request, CancellationToken cancellationToken)
    {
        var scope = await PlacementScope.SessionIdsAsync(mediator, request.Year, request.SessionId, cancellationToken);
        var facts = await PlacementFacts.ForAsync(db, scope, cancellationToken);
        var withoutConsent = await GetPlacementFiguresHandler.WithoutReportingConsentAsync(mediator, facts, cancellationToken);
        return new PlacementDashboardDto(PlacementFigures.Compute(facts, withoutConsent, PlacementPopulation.EveryoneFollowed), ToChase(facts));
    }

    private List<PersonToChaseDto> ToChase(List<PersonFacts> facts)
    {
        var now = clock.GetUtcNow();
        var today = ProgrammeTime.Today(clock);
        var reminderAfter = options.Value.ReminderAfter;
        return [.. facts
            .Where(f => f.Person.ConsentWithdrawnAt is null)
            .SelectMany(f => f.Waves
                .Where(w => w.AwaitsChase(now, today, reminderAfter))
                .Select(w => new PersonToChaseDto(
                    f.Person.ParticipantId, f.Person.SessionId, f.Person.FirstName, f.Person.LastName, f.Person.Email,
                    f.Person.PreferredLanguage, w.OffsetMonths, w.SentAt!.Value, w.ReminderSentAt, w.ClosesOn)))
            .OrderBy(c => c.ClosesOn).ThenBy(c => c.LastName).ThenBy(c => c.FirstName)];
    }
}
