using Bootcamp.Shared.Jobs;
using MediatR;

namespace Bootcamp.Attendance.Digest;

/// <summary>Looks every hour (Attendance:AtRisk:DigestCheckInterval) whether today's digest is due; the command decides.
/// Running hourly rather than at a fixed time means a Host that was down at 07:00 still sends it when it comes back.
/// Short, so one server at a time; the mail's deduplication key (day and recipient) keeps "once a day" regardless.</summary>
internal sealed class AtRiskDigestJob(IMediator mediator) : IBootcampJob
{
    public const string Name = "attendance.at-risk-digest";

    public async Task RunAsync(CancellationToken cancellationToken) =>
        await mediator.Send(new SendAtRiskDigest(), cancellationToken);
}
