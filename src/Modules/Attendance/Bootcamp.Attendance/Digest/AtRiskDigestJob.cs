using MediatR;
using Quartz;

namespace Bootcamp.Attendance.Digest;

/// <summary>Looks every hour (Attendance:AtRisk:DigestCheckInterval) whether today's digest is due; the command decides.
/// Running hourly rather than at a fixed time means a Host that was down at 07:00 still sends it when it comes back.</summary>
[DisallowConcurrentExecution]
internal sealed class AtRiskDigestJob(IMediator mediator) : IJob
{
    public const string Name = "attendance.at-risk-digest";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await mediator.Send(new SendAtRiskDigest(), cancellationToken);
}
