using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Shared.Jobs;

/// <summary>
/// What every stored job calls: a method of this public type with the name a module registered its job under (and, for a
/// one-off job, an id). The store therefore never names a module's internal class, so a job can be renamed or moved
/// without orphaning stored jobs, and its arguments cannot be anything but a name and an id. Hangfire's activator opens a
/// DI scope per run and builds this runner in it; the job is resolved from the same scope.
/// </summary>
public sealed class JobRunner(IServiceProvider services)
{
    /// <summary>A recurring job that may overlap itself on two servers (long passes that claim their rows in the database).
    /// Two retries at short intervals: the next occurrence comes anyway.</summary>
    [JobDisplayName("{0}")]
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = new[] { 30, 120 })]
    public Task RunAsync(string job, CancellationToken cancellationToken) =>
        Resolve<IBootcampJob>(job).RunAsync(cancellationToken);

    /// <summary>A short recurring job that runs on one server at a time. The lock is a row in the store that expires after
    /// ten minutes without renewal, so only jobs well within that may use it; their own claims keep them correct if it
    /// ever expires under them.</summary>
    [JobDisplayName("{0}")]
    [AutomaticRetry(Attempts = 2, DelaysInSeconds = new[] { 30, 120 })]
    [DisableConcurrentExecution("bootcamp-job:{0}", 60)]
    public Task RunExclusiveAsync(string job, CancellationToken cancellationToken) =>
        Resolve<IBootcampJob>(job).RunAsync(cancellationToken);

    /// <summary>A one-off job about one thing, retried with Hangfire's growing delays.</summary>
    [JobDisplayName("{0} {1}")]
    [AutomaticRetry(Attempts = 5)]
    public Task RunForIdAsync(string job, Guid id, CancellationToken cancellationToken) =>
        Resolve<IBootcampJobForId>(job).RunAsync(id, cancellationToken);

    private T Resolve<T>(string job)
        where T : notnull =>
        services.GetKeyedService<T>(job) ?? throw new InvalidOperationException($"No job named '{job}' is registered on this node.");
}
