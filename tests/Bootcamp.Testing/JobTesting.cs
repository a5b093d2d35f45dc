using Bootcamp.Shared.Jobs;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Testing;

/// <summary>Fast polling and heartbeats, and the way tests run a recurring job now: cron cannot go below a minute, so a
/// test triggers it (as the dashboard's "Trigger now" does) instead of waiting for the next occurrence.</summary>
public static class JobTesting
{
    public static readonly IReadOnlyDictionary<string, string?> FastJobs = new Dictionary<string, string?>
    {
        ["Jobs:PollInterval"] = "00:00:00.200",
        ["Jobs:HeartbeatInterval"] = "00:00:01",
    };

    public static Dictionary<string, string?> With(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(FastJobs);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }

    /// <summary>Triggers the recurring job <paramref name="name"/> and waits until that run has succeeded.</summary>
    public static async Task RunRecurringAsync(BootcampAppFactory app, string name, TimeSpan? timeout = null)
    {
        var jobs = app.Services.GetRequiredService<BootcampJobs>();
        var runId = await Eventually.MatchesAsync(() => Task.FromResult(TryTrigger(jobs, name)), id => id is not null);
        var storage = app.Services.GetRequiredService<JobStorage>();
        var state = await Eventually.MatchesAsync(
            () => Task.FromResult(StateOf(storage, runId!)),
            s => s is "Succeeded" or "Failed" or "Deleted",
            timeout ?? TimeSpan.FromSeconds(60));
        Assert.Equal("Succeeded", state);
    }

    public static string? StateOf(JobStorage storage, string jobId)
    {
        using var connection = storage.GetConnection();
        return connection.GetJobData(jobId)?.State;
    }

    // The schedule is written by a hosted service as the Host starts; a test may get there first.
    private static string? TryTrigger(BootcampJobs jobs, string name)
    {
        try
        {
            return jobs.Trigger(name);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
