using Bootcamp.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Quartz;

namespace Bootcamp.Shared.Jobs;

/// <summary>
/// Durable scheduled jobs: Quartz.NET 4.7 with its ADO job store on the application's PostgreSQL database (tables
/// <c>quartz.qrtz_*</c>, provisioned by Quartz), clustered with an AUTO instance id so several Hosts share the work and
/// a job fires once, job data serialized with System.Text.Json and holding ids only (<see cref="JobData"/>). Jobs are
/// built from the container per firing, in a scope of their own.
/// </summary>
public static class JobsRegistration
{
    public static IServiceCollection AddBootcampJobs(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(JobsOptions.Section);
        services.Configure<JobsOptions>(section);
        var settings = section.Get<JobsOptions>() ?? new JobsOptions();

        services.AddSharedDataSource();
        services.TryAddSingleton<QuartzSchema>();
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = QuartzSchema.SchedulerName;
                scheduler.IdleWaitTime = settings.IdleWaitTime;
            });
            // Triggers run on real time even where tests freeze the application's TimeProvider.
            quartz.UseTimeProvider(TimeProvider.System);
            quartz.UseDefaultThreadPool(settings.MaxConcurrency);
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(dataSourceOptions => dataSourceOptions.DataSourceFactory = sp => sp.GetRequiredService<NpgsqlDataSource>());
                store.ConfigureStore(options =>
                {
                    options.TablePrefix = QuartzSchema.TablePrefix;
                    options.StoreJobDataAsStrings = true;
                    options.SchemaProvisioning = settings.ProvisionSchema ? SchemaProvisioning.CreateIfMissing : SchemaProvisioning.Validate;
                });
                if (settings.Clustered)
                {
                    // UseClustering turns GenerateInstanceId on: the id is AUTO, unique per node.
                    store.UseClustering(clustering =>
                    {
                        clustering.CheckinInterval = settings.CheckinInterval;
                        clustering.CheckinMisfireThreshold = settings.CheckinMisfireThreshold;
                    });
                }

                store.UseSystemTextJsonSerializer();
            });
        });

        if (settings.Enabled)
        {
            // Registration order is start order: the schema first, then the scheduler.
            services.AddHostedService<QuartzSchemaInitializer>();
            services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        }

        return services;
    }

    /// <summary>A job that runs every <paramref name="interval"/> on one node of the cluster. Its trigger is stored in the
    /// job store and rewritten at each start, so a missing trigger comes back and a changed interval takes effect.</summary>
    public static IServiceCollection AddBootcampRecurringJob<TJob>(this IServiceCollection services, string name, TimeSpan interval)
        where TJob : class, IJob
    {
        services.AddBootcampJob<TJob>();
        // AddQuartz may be called once per job: each call adds to the same QuartzOptions.
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<TJob>(job => job.WithIdentity(name).StoreDurably());
            quartz.AddTrigger(trigger => trigger
                .ForJob(name)
                .WithIdentity(name + "-every")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()));
        });
        return services;
    }

    /// <summary>Registers a job type (modules keep theirs <c>internal sealed</c>): Quartz resolves it from a scope opened
    /// for each firing, so it can take scoped services such as a module's DbContext.</summary>
    public static IServiceCollection AddBootcampJob<TJob>(this IServiceCollection services)
        where TJob : class, IJob
    {
        services.TryAddScoped<TJob>();
        return services;
    }
}
