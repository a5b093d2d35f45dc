using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace Bootcamp.Shared.Jobs;

/// <summary>Enqueues and schedules jobs into the shared store: by registered name and one id, nothing else, so job
/// arguments cannot carry an object or personal data. Any node may call it, a node without a server too.</summary>
public sealed class BootcampJobs(IBackgroundJobClient client, IRecurringJobManagerV2 recurring, IEnumerable<JobRegistration> registrations)
{
    private readonly Dictionary<string, JobRegistration> _jobs = registrations.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public string Enqueue(string job, Guid id) => client.Create(ForId(job, id), new EnqueuedState());

    public string Schedule(string job, Guid id, TimeSpan delay) => client.Create(ForId(job, id), new ScheduledState(delay));

    /// <summary>Runs a recurring job now (as the dashboard's "Trigger now"), on whichever server fetches it first; returns
    /// the id of the run it enqueued.</summary>
    public string Trigger(string recurringJob)
    {
        Find(recurringJob, JobKind.Recurring);
        return recurring.TriggerJob(recurringJob)
            ?? throw new InvalidOperationException($"The recurring job '{recurringJob}' is not in the store yet.");
    }

    private Job ForId(string job, Guid id)
    {
        Find(job, JobKind.ForId);
        if (id == Guid.Empty)
        {
            throw new ArgumentException("A job is about something: the empty id is not one.", nameof(id));
        }

        return Job.FromExpression<JobRunner>(r => r.RunForIdAsync(job, id, CancellationToken.None));
    }

    private JobRegistration Find(string job, JobKind kind) =>
        _jobs.TryGetValue(job, out var registration) && registration.Kind == kind
            ? registration
            : throw new ArgumentException($"No {kind} job is registered as '{job}'.", nameof(job));
}

public enum JobKind
{
    Recurring,
    ForId,
}

/// <summary>A job a module registered: its stable name, and for a recurring job its schedule and whether it may overlap
/// itself across servers.</summary>
public sealed record JobRegistration(string Name, JobKind Kind, string? Cron = null, bool Exclusive = false);
