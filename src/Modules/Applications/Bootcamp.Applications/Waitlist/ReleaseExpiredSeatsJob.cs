using Bootcamp.Applications.Contracts;
using MediatR;
using Quartz;

namespace Bootcamp.Applications.Waitlist;

/// <summary>The durable job behind confirmation deadlines: one node of the cluster runs it every few minutes.</summary>
[DisallowConcurrentExecution]
internal sealed class ReleaseExpiredSeatsJob(IMediator mediator) : IJob
{
    public const string Name = "applications.release-expired-seats";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await mediator.Send(new ReleaseExpiredSeats(), cancellationToken);
}
