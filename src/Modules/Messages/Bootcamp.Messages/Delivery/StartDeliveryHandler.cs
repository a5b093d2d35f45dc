using Bootcamp.Messages.Contracts;
using Bootcamp.Shared.Jobs;
using MediatR;

namespace Bootcamp.Messages.Delivery;

/// <summary>Sent after the message's transaction committed, so the job never looks before the rows exist.</summary>
internal sealed class StartDeliveryHandler(BootcampJobs jobs) : IRequestHandler<StartDelivery, Unit>
{
    public Task<Unit> Handle(StartDelivery request, CancellationToken cancellationToken)
    {
        jobs.Enqueue(DeliverMessageJob.Name, request.MessageId);
        return Task.FromResult(Unit.Value);
    }
}
