using System.Net;
using Bootcamp.IntegrationTests.Infrastructure;
using Bootcamp.Shared.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Bootcamp.IntegrationTests.Jobs;

/// <summary>DESIGN.md §3-§5: durable jobs on Quartz's PostgreSQL store, clustered, surviving restarts, firing once.</summary>
public sealed class DurableJobsTests
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_job_fires_from_the_PostgreSQL_store_with_the_id_it_was_given()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(A_job_fires_from_the_PostgreSQL_store_with_the_id_it_was_given));
        try
        {
            var recorder = new JobRecorder(holdFirings: true);
            await using var app = JobHosts.Start(db, recorder);
            var scheduler = await JobHosts.SchedulerOf(app);
            var id = Guid.NewGuid();

            await scheduler.ScheduleJob(RecordingJob.Detail(id), RecordingJob.FiringIn(id, TimeSpan.Zero));

            var firings = await Eventually.MatchesAsync(() => Task.FromResult(recorder.Firings), f => f.Count > 0);
            Assert.Equal([(id, scheduler.SchedulerInstanceId)], firings);

            // While it runs, the job and its firing are rows in this database's Quartz tables, owned by this node, which
            // runs clustered and checks in.
            Assert.Equal(1, await JobHosts.CountAsync(db, "job_details", id));
            Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM quartz.qrtz_fired_triggers WHERE sched_name = 'Bootcamp' AND job_name = '{RecordingJob.NameFor(id)}' AND state = 'EXECUTING' AND instance_name = '{scheduler.SchedulerInstanceId}'"));
            Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM quartz.qrtz_scheduler_state WHERE sched_name = 'Bootcamp' AND instance_name = '{scheduler.SchedulerInstanceId}'"));
            var metadata = await scheduler.GetMetadata();
            Assert.True(metadata.JobStorePersistent && metadata.JobStoreClustered, metadata.ToString());

            // Done, the one-shot job leaves nothing behind.
            recorder.Gate.SetResult();
            await Eventually.MatchesAsync(() => JobHosts.CountAsync(db, "job_details", id), n => n == 0);
            Assert.Equal(0, await JobHosts.CountAsync(db, "fired_triggers", id));
            Assert.Single(recorder.Firings);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task Job_data_holds_strings_only_so_a_job_cannot_carry_an_object()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(Job_data_holds_strings_only_so_a_job_cannot_carry_an_object));
        try
        {
            await using var app = JobHosts.Start(db, new JobRecorder(), new Dictionary<string, string?> { ["Quartz:Enabled"] = "false" });
            var scheduler = await JobHosts.SchedulerOf(app);
            var id = Guid.NewGuid();
            var job = JobBuilder.Create<RecordingJob>().WithIdentity(RecordingJob.NameFor(id), RecordingJob.Group)
                .UsingJobData(JobData.ForId(id))
                .UsingJobData("applicant", new JobDataMap { ["name"] = "someone" })
                .Build();

            var refused = await Assert.ThrowsAnyAsync<JobPersistenceException>(async () => await scheduler.ScheduleJob(job, RecordingJob.FiringIn(id, TimeSpan.FromMinutes(5))));
            Assert.Contains("must be strings", refused.Message, StringComparison.Ordinal);
            Assert.Equal(0, await JobHosts.CountAsync(db, "job_details", id));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task A_job_scheduled_before_a_restart_fires_after_it()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(A_job_scheduled_before_a_restart_fires_after_it));
        try
        {
            var recorder = new JobRecorder();
            var id = Guid.NewGuid();
            string firstInstance;
            await using (var first = JobHosts.Start(db, recorder))
            {
                var scheduler = await JobHosts.SchedulerOf(first);
                firstInstance = scheduler.SchedulerInstanceId;
                await scheduler.ScheduleJob(RecordingJob.Detail(id), RecordingJob.FiringIn(id, TimeSpan.FromSeconds(3)));
            }

            Assert.Empty(recorder.Firings);
            Assert.Equal(1, await JobHosts.CountAsync(db, "triggers", id));

            await using var second = JobHosts.Start(db, recorder);
            var secondInstance = (await JobHosts.SchedulerOf(second)).SchedulerInstanceId;
            var firings = await Eventually.MatchesAsync(() => Task.FromResult(recorder.Firings), f => f.Count > 0, Slow);

            Assert.NotEqual(firstInstance, secondInstance);
            Assert.Equal([(id, secondInstance)], firings);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task Two_clustered_hosts_on_one_database_fire_each_job_exactly_once()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(Two_clustered_hosts_on_one_database_fire_each_job_exactly_once));
        try
        {
            var recorder = new JobRecorder();
            await using var a = JobHosts.Start(db, recorder);
            await using var b = JobHosts.Start(db, recorder);
            var schedulerA = await JobHosts.SchedulerOf(a);
            var schedulerB = await JobHosts.SchedulerOf(b);
            Assert.NotEqual(schedulerA.SchedulerInstanceId, schedulerB.SchedulerInstanceId);

            // Both nodes are members of one cluster: two check-in rows under the shared scheduler name.
            await Eventually.MatchesAsync(
                () => Sql.CountAsync(db, $"SELECT count(*) FROM quartz.qrtz_scheduler_state WHERE sched_name = 'Bootcamp' AND instance_name IN ('{schedulerA.SchedulerInstanceId}', '{schedulerB.SchedulerInstanceId}')"),
                n => n == 2);

            var ids = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid()).ToList();
            foreach (var (id, i) in ids.Select((id, i) => (id, i)))
            {
                // Scheduled from either node; any node may fire it.
                var scheduler = i % 2 == 0 ? schedulerA : schedulerB;
                await scheduler.ScheduleJob(RecordingJob.Detail(id), RecordingJob.FiringIn(id, TimeSpan.FromSeconds(1)));
            }

            await Eventually.MatchesAsync(() => Task.FromResult(recorder.Firings), f => f.Count >= ids.Count, Slow);
            // Every one-off trigger is done and no firing is in flight: nothing is left that could fire a second time.
            // (Recurring module jobs, named "…-every", stay scheduled by design.)
            await Eventually.MatchesAsync(
                () => Sql.CountAsync(db, "SELECT (SELECT count(*) FROM quartz.qrtz_triggers WHERE trigger_name NOT LIKE '%-every') + (SELECT count(*) FROM quartz.qrtz_fired_triggers WHERE trigger_name NOT LIKE '%-every')"),
                n => n == 0,
                Slow);

            var firings = recorder.Firings;
            Assert.Equal(ids.Order(), firings.Select(f => f.Id).Order());
            Assert.All(firings, f => Assert.Contains(f.InstanceId, new[] { schedulerA.SchedulerInstanceId, schedulerB.SchedulerInstanceId }));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task The_ready_probe_includes_the_scheduler_and_fails_while_it_is_on_standby()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(The_ready_probe_includes_the_scheduler_and_fails_while_it_is_on_standby));
        try
        {
            await using var app = JobHosts.Start(db, new JobRecorder());
            var client = app.CreateClient();
            await Eventually.MatchesAsync(() => ReadyAsync(client), s => s == HttpStatusCode.OK);

            var report = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));
            Assert.Equal(HealthStatus.Healthy, report.Entries["jobs"].Status);
            Assert.Equal(true, report.Entries["jobs"].Data["clustered"]);

            var scheduler = await JobHosts.SchedulerOf(app);
            await scheduler.Standby();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await ReadyAsync(client));

            await scheduler.Start();
            await Eventually.MatchesAsync(() => ReadyAsync(client), s => s == HttpStatusCode.OK);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task With_jobs_disabled_the_node_schedules_into_the_store_but_runs_nothing_and_stays_ready()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(With_jobs_disabled_the_node_schedules_into_the_store_but_runs_nothing_and_stays_ready));
        try
        {
            var recorder = new JobRecorder();
            await using var app = JobHosts.Start(db, recorder, new Dictionary<string, string?> { ["Quartz:Enabled"] = "false" });
            var client = app.CreateClient();
            Assert.Equal(HttpStatusCode.OK, await ReadyAsync(client));

            var scheduler = await JobHosts.SchedulerOf(app);
            var id = Guid.NewGuid();
            await scheduler.ScheduleJob(RecordingJob.Detail(id), RecordingJob.FiringIn(id, TimeSpan.Zero));

            Assert.Equal(SchedulerStatus.Created, (await scheduler.GetMetadata()).Status);
            Assert.Equal(1, await JobHosts.CountAsync(db, "triggers", id));
            Assert.Empty(recorder.Firings);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task Migrate_has_Quartz_provision_its_tables_and_the_production_host_then_runs_the_scheduler()
    {
        var db = await TestPostgres.CreateEmptyDatabaseAsync("quartzmigrate");
        try
        {
            var (exitCode, output) = await HostProcess.RunToEndAsync(db, "migrate");
            Assert.True(exitCode == 0, output);
            Assert.Equal(
                await Sql.CountAsync(db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'quartz' AND table_name LIKE 'qrtz\\_%'"),
                await Sql.CountAsync(db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'quartz'"));
            Assert.True(await Sql.CountAsync(db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'quartz' AND table_name IN ('qrtz_job_details', 'qrtz_triggers', 'qrtz_fired_triggers', 'qrtz_scheduler_state', 'qrtz_locks')") == 5, output);
            // migrate builds the store but never starts a scheduler.
            Assert.Equal(0, await Sql.CountAsync(db, "SELECT count(*) FROM quartz.qrtz_scheduler_state"));

            await using var host = await HostProcess.StartAsync(db);
            using var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
            // Ready includes the jobs check: the scheduler runs, on the store migrate provisioned, and has checked in.
            try
            {
                await Eventually.MatchesAsync(() => ReadyOrDownAsync(client), s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(60));
            }
            catch (TimeoutException ex)
            {
                throw new TimeoutException(ex.Message + "\n" + host.Output, ex);
            }

            Assert.Equal(1, await Sql.CountAsync(db, "SELECT count(*) FROM quartz.qrtz_scheduler_state WHERE sched_name = 'Bootcamp'"));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    private static async Task<HttpStatusCode> ReadyAsync(HttpClient client) =>
        (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode;

    private static async Task<HttpStatusCode> ReadyOrDownAsync(HttpClient client)
    {
        try
        {
            return await ReadyAsync(client);
        }
        catch (HttpRequestException)
        {
            return HttpStatusCode.ServiceUnavailable; // not listening yet
        }
    }
}
