using Bootcamp.Applications.Contracts;
using Bootcamp.Shared.Jobs;
using MediatR;

namespace Bootcamp.Applications.Waitlist;

/// <summary>The durable job behind confirmation deadlines, every few minutes. Short, so it runs on one server at a time;
/// were two runs ever to meet, each session is released under its own lock and re-read there, so no seat is offered
/// twice.</summary>
internal sealed class ReleaseExpiredSeatsJob(IMediator mediator) : IBootcampJob
{
    public const string Name = "applications.release-expired-seats";

    public async Task RunAsync(CancellationToken cancellationToken) => await mediator.Send(new ReleaseExpiredSeats(), cancellationToken);
}
