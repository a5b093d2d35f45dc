using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Jobs;
using MediatR;

namespace Bootcamp.Sessions.Completion;

/// <summary>The durable job behind end-of-session completion, every hour by default, on one server at a time (it is
/// short); the command claims each session <c>FOR UPDATE SKIP LOCKED</c>, so it stays safe if two runs ever overlap.</summary>
internal sealed class DecideCompletionsJob(IMediator mediator) : IBootcampJob
{
    public const string Name = "sessions.decide-completions";

    public async Task RunAsync(CancellationToken cancellationToken) =>
        await mediator.Send(new DecideDueCompletions(), cancellationToken);
}
