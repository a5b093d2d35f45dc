using Bootcamp.Applications.Contracts;
using Bootcamp.Placements.Persistence;
using Bootcamp.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Placements.FollowUps;

/// <summary>Withdrawing follow-up consent cancels every wave not yet sent. The dispatch re-checks consent anyway, in case
/// this event arrives after a wave fell due.</summary>
internal sealed class StopFollowUpsOnConsentWithdrawn(PlacementsDbContext db, TimeProvider clock)
    : IntegrationEventHandler<ConsentWithdrawn, PlacementsDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ConsentWithdrawn withdrawn, CancellationToken cancellationToken)
    {
        if (withdrawn.Purpose != ConsentPurpose.FollowUpContact)
        {
            return;
        }

        var now = Clock.GetUtcNow();
        var people = await Db.FollowUpPeople.Where(p => p.ApplicationId == withdrawn.ApplicationId).ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            person.ConsentWithdrawnAt ??= now;
            await FollowUpPeople.CancelPendingAsync(Db, person.Id, now, cancellationToken);
        }
    }
}
