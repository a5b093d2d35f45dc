using Bootcamp.Shared.Persistence;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Common;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bootcamp.Shared.Jobs;

/// <summary>
/// Durable jobs: Hangfire with its PostgreSQL storage in schema <c>hangfire</c> of the application's database, on the
/// shared data source. Every Host that shares the database shares the work: a job is fetched by one server, and a server
/// that dies without finishing gives its job back after <see cref="JobsOptions.InvisibilityTimeout"/> (at least once,
/// so every job is idempotent through its own claims in the database). Stored jobs name only <see cref="JobRunner"/>,
/// a job name and at most an id.
/// </summary>
public static class JobsRegistration
{
    public static IServiceCollection AddBootcampJobs(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var section = configuration.GetSection(JobsOptions.Section);
        services.Configure<JobsOptions>(section);
        var settings = section.Get<JobsOptions>() ?? new JobsOptions();
        var prepareSchema = settings.PrepareSchema ?? environment.IsDevelopment();

        services.AddSharedDataSource();
        services.TryAddSingleton<HangfireSchema>();
        services.TryAddSingleton<JobsNode>();
        services.TryAddScoped<JobRunner>();
        services.TryAddSingleton<BootcampJobs>();

        // Registered before AddHangfire, whose TryAdd would otherwise hand out the process-wide JobStorage.Current and
        // JobActivator.Current: two Hosts in one process (the tests) must each keep their own database and container.
        services.AddSingleton<JobStorage>(sp => new PostgreSqlStorage(
            new DataSourceConnectionFactory(sp.GetRequiredService<NpgsqlDataSource>()),
            StorageOptions(settings, prepareSchema)));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, hangfire) => hangfire
            .UseLogProvider(new HangfireLogs(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        // Recurring jobs are written to the store at every start, on every node: a missing one comes back, a changed
        // interval takes effect. Registered before the server so the schedule exists when it starts.
        services.AddHostedService<RecurringJobsRegistrar>();
        if (settings.Enabled)
        {
            services.AddHangfireServer((sp, server) =>
            {
                server.ServerName = sp.GetRequiredService<JobsNode>().Name;
                server.WorkerCount = Math.Max(1, settings.WorkerCount);
                server.SchedulePollingInterval = settings.PollInterval;
                server.HeartbeatInterval = settings.HeartbeatInterval;
                // A dead instance's server row goes within ServerTimeout plus a minute, not plus five (the default).
                server.ServerCheckInterval = TimeSpan.FromMinutes(1);
                // Jobs compare due dates with the application's TimeProvider; the scheduler itself runs on real time.
            });
        }

        return services;
    }

    internal static PostgreSqlStorageOptions StorageOptions(JobsOptions settings, bool prepareSchema) => new()
    {
        SchemaName = HangfireSchema.Schema,
        PrepareSchemaIfNecessary = prepareSchema,
        QueuePollInterval = settings.PollInterval,
        InvisibilityTimeout = settings.InvisibilityTimeout,
        // A live server keeps extending its running jobs' invisibility, so a long job is never handed to a second
        // server while its own is alive; only a dead server's jobs come back after InvisibilityTimeout.
        UseSlidingInvisibilityTimeout = true,
    };

    /// <summary>A job that runs every <paramref name="interval"/> (converted to cron, see <see cref="CronInterval"/>) on
    /// one server of those sharing the database. <paramref name="exclusive"/>: at most one run at a time across servers,
    /// for short jobs only (see <see cref="JobRunner.RunExclusiveAsync"/>).</summary>
    public static IServiceCollection AddBootcampRecurringJob<TJob>(this IServiceCollection services, string name, TimeSpan interval, bool exclusive)
        where TJob : class, IBootcampJob
    {
        var cron = CronInterval.From(interval);
        services.AddKeyedScoped<IBootcampJob, TJob>(name);
        services.AddSingleton(new JobRegistration(name, JobKind.Recurring, cron, exclusive));
        return services;
    }

    /// <summary>A one-off job about one id, enqueued or scheduled through <see cref="BootcampJobs"/>.</summary>
    public static IServiceCollection AddBootcampJob<TJob>(this IServiceCollection services, string name)
        where TJob : class, IBootcampJobForId
    {
        services.AddKeyedScoped<IBootcampJobForId, TJob>(name);
        services.AddSingleton(new JobRegistration(name, JobKind.ForId));
        return services;
    }
}

/// <summary>This process's Hangfire server name, unique per Host even when several run in one process (the tests), so
/// readiness can find this node's own server among all of them.</summary>
public sealed class JobsNode
{
    public string Name { get; } = $"{Environment.MachineName}-{Guid.NewGuid().ToString("N")[..8]}".ToLowerInvariant();
}

/// <summary>Hangfire opens and releases a connection per operation; these come from the application's pooled data source.</summary>
internal sealed class DataSourceConnectionFactory(NpgsqlDataSource dataSource) : IConnectionFactory
{
    public NpgsqlConnection GetOrCreateConnection() => dataSource.CreateConnection();
}

internal sealed partial class RecurringJobsRegistrar(
    IRecurringJobManager recurring, IEnumerable<JobRegistration> registrations, ILogger<RecurringJobsRegistrar> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var job in registrations.Where(r => r.Kind == JobKind.Recurring))
        {
            var name = job.Name;
            var call = job.Exclusive
                ? Job.FromExpression<JobRunner>(r => r.RunExclusiveAsync(name, CancellationToken.None))
                : Job.FromExpression<JobRunner>(r => r.RunAsync(name, CancellationToken.None));
            // A node that was down for a while runs a missed occurrence once when it is back, not once per occurrence.
            recurring.AddOrUpdate(name, call, job.Cron, new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc, MisfireHandling = MisfireHandlingMode.Relaxed });
            LogRegistered(name, job.Cron!);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Recurring job {Job} scheduled as {Cron}")]
    private partial void LogRegistered(string job, string cron);
}
