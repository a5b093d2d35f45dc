using System.Collections.Concurrent;
using Bootcamp.Shared.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Jobs;

/// <summary>A job as a module writes one: internal, built from the container, its only data an id it would look up.</summary>
internal sealed class RecordingJob(JobRecorder recorder, JobsNode node) : IBootcampJobForId
{
    public const string Name = "tests.record";

    public async Task RunAsync(Guid id, CancellationToken cancellationToken)
    {
        recorder.Record(id, node.Name);
        await recorder.Gate.Task.WaitAsync(cancellationToken);
    }
}

/// <summary>What ran, on which node: shared by every Host a test starts, as a database would be.</summary>
internal sealed class JobRecorder
{
    private readonly ConcurrentQueue<(Guid Id, string Node)> _firings = new();

    /// <summary>Holds a run open (the job is processing) until the test releases it; open unless closed.</summary>
    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public JobRecorder(bool holdFirings = false)
    {
        if (!holdFirings)
        {
            Gate.SetResult();
        }
    }

    public IReadOnlyList<(Guid Id, string Node)> Firings => [.. _firings];

    public void Record(Guid id, string node) => _firings.Enqueue((id, node));
}

internal static class JobHosts
{
    public static BootcampAppFactory Start(string db, JobRecorder recorder, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(JobTesting.FastJobs);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new BootcampAppFactory(db, settings: all)
        {
            ConfigureServices = services =>
            {
                services.AddSingleton(recorder);
                services.AddBootcampJob<RecordingJob>(RecordingJob.Name);
            },
        };
        _ = factory.Services; // starts the Host, and with it the job server
        return factory;
    }

    public static BootcampJobs JobsOf(BootcampAppFactory app) => app.Services.GetRequiredService<BootcampJobs>();

    public static string NodeOf(BootcampAppFactory app) => app.Services.GetRequiredService<JobsNode>().Name;

    /// <summary>Rows of <c>hangfire.job</c> whose arguments name <paramref name="id"/>, in <paramref name="state"/> if given.</summary>
    public static Task<long> CountAsync(string db, Guid id, string? state = null) =>
        Sql.CountAsync(db, $"SELECT count(*) FROM hangfire.job WHERE arguments::text LIKE '%{id}%'" + (state is null ? "" : $" AND statename = '{state}'"));
}
