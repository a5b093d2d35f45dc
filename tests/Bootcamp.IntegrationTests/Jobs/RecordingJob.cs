using System.Collections.Concurrent;
using Bootcamp.IntegrationTests.Infrastructure;
using Bootcamp.Shared.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Bootcamp.IntegrationTests.Jobs;

/// <summary>A job as a module writes one: internal, built from the container, its data an id it looks up.</summary>
internal sealed class RecordingJob(JobRecorder recorder) : IJob
{
    public const string Group = "tests";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        recorder.Record(context.GetId(), context.Scheduler.SchedulerInstanceId);
        await recorder.Gate.Task.WaitAsync(cancellationToken);
    }

    public static string NameFor(Guid id) => $"record-{id:N}";

    public static IJobDetail Detail(Guid id) =>
        JobBuilder.Create<RecordingJob>().WithIdentity(NameFor(id), Group).UsingJobData(JobData.ForId(id)).Build();

    /// <summary>Quartz fires on real time: keep the delay short.</summary>
    public static ITrigger FiringIn(Guid id, TimeSpan delay) =>
        TriggerBuilder.Create().WithIdentity(NameFor(id), Group).StartAt(DateTimeOffset.UtcNow + delay).Build();
}

/// <summary>What fired, where: shared by every Host a test starts, as a database would be.</summary>
internal sealed class JobRecorder
{
    private readonly ConcurrentQueue<(Guid Id, string InstanceId)> _firings = new();

    /// <summary>Holds a firing open (the job is executing) until the test releases it; open unless closed.</summary>
    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public JobRecorder(bool holdFirings = false)
    {
        if (!holdFirings)
        {
            Gate.SetResult();
        }
    }

    public IReadOnlyList<(Guid Id, string InstanceId)> Firings => [.. _firings];

    public void Record(Guid id, string instanceId) => _firings.Enqueue((id, instanceId));
}

internal static class JobHosts
{
    /// <summary>Fast check-ins and polling so the cluster tests stay short; the threshold leaves room for a busy test
    /// machine, so a live node is never taken for dead.</summary>
    public static readonly IReadOnlyDictionary<string, string?> FastCluster = new Dictionary<string, string?>
    {
        ["Quartz:CheckinInterval"] = "00:00:01",
        ["Quartz:CheckinMisfireThreshold"] = "00:00:03",
        ["Quartz:IdleWaitTime"] = "00:00:01",
    };

    public static BootcampAppFactory Start(string db, JobRecorder recorder, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(FastCluster);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new BootcampAppFactory(db, settings: all)
        {
            ConfigureServices = services =>
            {
                services.AddSingleton(recorder);
                services.AddBootcampJob<RecordingJob>();
            },
        };
        _ = factory.Services; // starts the Host, and with it the scheduler
        return factory;
    }

    public static async Task<IScheduler> SchedulerOf(BootcampAppFactory app) =>
        await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    public static Task<long> CountAsync(string db, string table, Guid id) =>
        Sql.CountAsync(db, $"SELECT count(*) FROM quartz.qrtz_{table} WHERE sched_name = 'Bootcamp' AND job_name = '{RecordingJob.NameFor(id)}'");
}
