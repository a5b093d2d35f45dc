using Bootcamp.Shared.Jobs;
using MediatR;

namespace Bootcamp.Messages.Delivery;

/// <summary>
/// Delivery runs twice over, both idempotent by the claims of <see cref="DeliverNextBatchHandler"/>: a one-off job for
/// the message just sent (it starts within a second instead of at the next pass), and this recurring pass every
/// <c>Messages:Delivery:Interval</c> that finishes whatever a Host stopped mid-way left pending. Not exclusive: a long
/// send may outlive the store's lock, and the row claims make overlapping runs safe.
/// </summary>
internal sealed class DeliverMessagesJob(IMediator mediator) : IBootcampJob
{
    public const string Name = "messages.deliver";

    public Task RunAsync(CancellationToken cancellationToken) => Passes.RunAsync(mediator, null, cancellationToken);
}

/// <summary>The one-off delivery of one message, enqueued when it is sent.</summary>
internal sealed class DeliverMessageJob(IMediator mediator) : IBootcampJobForId
{
    public const string Name = "messages.deliver-message";

    public Task RunAsync(Guid id, CancellationToken cancellationToken) => Passes.RunAsync(mediator, id, cancellationToken);
}

internal static class Passes
{
    public static async Task RunAsync(IMediator mediator, Guid? messageId, CancellationToken cancellationToken)
    {
        // Each pass is its own transaction, so the history page sees the count grow; the bound only stops a pass that
        // keeps finding work forever. The last pass finds nothing and closes the message.
        for (var pass = 0; pass < 1000; pass++)
        {
            if (await mediator.Send(new DeliverNextBatch(messageId), cancellationToken) == 0)
            {
                return;
            }
        }
    }
}
