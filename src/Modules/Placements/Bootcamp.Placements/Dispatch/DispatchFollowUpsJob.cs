using MediatR;
using Quartz;

namespace Bootcamp.Placements.Dispatch;

/// <summary>
/// One recurring job (every <c>Placements:FollowUp:DispatchInterval</c>) that sends whatever is due, rather than one
/// trigger per wave: the waves and their due dates live in Placements' tables, so there is no trigger to lose or to keep in
/// step with a consent withdrawal or an override, a Host that was down catches up on its next pass, and the only trigger
/// is rewritten at every start (<c>AddBootcampRecurringJob</c>), which re-creates it if it went missing. Due dates are
/// compared with the application's clock, so tests walk months forward without Quartz.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class DispatchFollowUpsJob(IMediator mediator) : IJob
{
    public const string Name = "placements.dispatch-follow-ups";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
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
