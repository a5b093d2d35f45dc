using Bootcamp.Sessions.Contracts;
using MediatR;
using Quartz;

namespace Bootcamp.Sessions.Completion;

/// <summary>The durable job behind end-of-session completion: one node of the cluster runs it every hour (by default);
/// the command itself stays safe if two nodes ever overlap.</summary>
[DisallowConcurrentExecution]
internal sealed class DecideCompletionsJob(IMediator mediator) : IJob
{
    public const string Name = "sessions.decide-completions";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await mediator.Send(new DecideDueCompletions(), cancellationToken);
}
