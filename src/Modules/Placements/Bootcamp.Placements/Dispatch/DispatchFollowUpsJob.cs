using Bootcamp.Shared.Jobs;
using MediatR;

namespace Bootcamp.Placements.Dispatch;

/// <summary>
/// One recurring job (every <c>Placements:FollowUp:DispatchInterval</c>) that sends whatever is due, rather than one
/// scheduled job per wave: the waves and their due dates live in Placements' tables, so there is no stored job to lose, to
/// cancel on a consent withdrawal or to move on an override, a Host that was down catches up on its next pass, and the
/// only schedule is rewritten at every start, which re-creates it if it went missing. Due dates are compared with the
/// application's clock, so tests walk months forward without the scheduler.
/// Not limited to one server at a time: a pass can run long (many waves, a slow mail table) and the store's locks expire
/// unrenewed, so correctness rests on the command's claims instead — waves taken <c>FOR UPDATE SKIP LOCKED</c>, a
/// dispatch row inserted <c>ON CONFLICT DO NOTHING</c> and the mail's deduplication key, all in one transaction.
/// </summary>
internal sealed class DispatchFollowUpsJob(IMediator mediator) : IBootcampJob
{
    public const string Name = "placements.dispatch-follow-ups";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Each pass is its own transaction; the bound only stops a pass that keeps finding work forever.
        for (var pass = 0; pass < 1000; pass++)
        {
            var result = await mediator.Send(new DispatchDueFollowUps(), cancellationToken);
            if (result.Total == 0)
            {
                return;
            }
        }
    }
}
