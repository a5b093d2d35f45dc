using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bootcamp.IntegrationTests.Jobs;

/// <summary>Durable jobs on Hangfire's PostgreSQL storage: shared by every Host on the database, surviving restarts,
/// each run once, holding ids only, and visible to the ready probe.</summary>
public sealed class DurableJobsTests
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(30);
    private static readonly Dictionary<string, string?> NoServer = new() { ["Jobs:Enabled"] = "false" };

    [Fact]
    public async Task A_job_runs_from_the_PostgreSQL_store_with_the_id_it_was_given()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(A_job_runs_from_the_PostgreSQL_store_with_the_id_it_was_given));
        try
        {
            var recorder = new JobRecorder(holdFirings: true);
            await using var app = JobHosts.Start(db, recorder);
            var node = JobHosts.NodeOf(app);
            var id = Guid.NewGuid();

            var jobId = JobHosts.JobsOf(app).Enqueue(RecordingJob.Name, id);

            var firings = await Eventually.MatchesAsync(() => Task.FromResult(recorder.Firings), f => f.Count > 0, Slow);
            Assert.Equal([(id, node)], firings);

            // While it runs, the job is a row of this database's hangfire schema, fetched from its queue by this node's
            // server, which has registered itself there.
            Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM hangfire.job WHERE id = {jobId} AND statename = 'Processing'"));
            Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM hangfire.jobqueue WHERE jobid = {jobId} AND fetchedat IS NOT NULL"));
            Assert.Equal(1, await Sql.CountAsync(db, $"SELECT count(*) FROM hangfire.server WHERE id LIKE '{node}:%'"));

            recorder.Gate.SetResult();
            await Eventually.MatchesAsync(() => JobHosts.CountAsync(db, id, "Succeeded"), n => n == 1, Slow);
            // Its queue row goes in a statement after the state's commit.
            await Eventually.MatchesAsync(() => Sql.CountAsync(db, $"SELECT count(*) FROM hangfire.jobqueue WHERE jobid = {jobId}"), n => n == 0, Slow);
            Assert.Single(recorder.Firings);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task A_stored_job_names_the_shared_runner_a_job_name_and_an_id_and_nothing_else_can_be_enqueued()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(A_stored_job_names_the_shared_runner_a_job_name_and_an_id_and_nothing_else_can_be_enqueued));
        try
        {
            await using var app = JobHosts.Start(db, new JobRecorder(), NoServer);
            var jobs = JobHosts.JobsOf(app);
            var id = Guid.NewGuid();

            var jobId = jobs.Enqueue(RecordingJob.Name, id);

            // The invocation names the public runner, not the module's class; the arguments are the name and the id (the
            // cancellation token is a placeholder Hangfire fills in).
            Assert.Equal(1, await Sql.CountAsync(db, $"""
                SELECT count(*) FROM hangfire.job WHERE id = {jobId}
                  AND invocationdata->>'Type' LIKE 'Bootcamp.Shared.Jobs.JobRunner, Bootcamp.Shared%'
                  AND invocationdata->>'Method' = 'RunForIdAsync'
                  AND arguments = '["\"{RecordingJob.Name}\"", "\"{id}\"", null]'::jsonb
                """));
            Assert.Equal(0, await Sql.CountAsync(db, $"SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%RecordingJob%'"));

            // Only registered names and real ids get in: there is no overload for an object.
            Assert.Throws<ArgumentException>(() => jobs.Enqueue("tests.not-registered", id));
            Assert.Throws<ArgumentException>(() => jobs.Enqueue(RecordingJob.Name, Guid.Empty));
            Assert.Throws<ArgumentException>(() => jobs.Schedule("placements.dispatch-follow-ups", id, TimeSpan.FromMinutes(1)));
            Assert.Equal(1, await Sql.CountAsync(db, "SELECT count(*) FROM hangfire.job"));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task Jobs_enqueued_and_scheduled_before_a_restart_run_after_it()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(Jobs_enqueued_and_scheduled_before_a_restart_run_after_it));
        try
        {
            var recorder = new JobRecorder();
            var enqueued = Guid.NewGuid();
            var scheduled = Guid.NewGuid();
            // A node without a server stores them; nothing runs them until the next start.
            await using (var first = JobHosts.Start(db, recorder, NoServer))
            {
                JobHosts.JobsOf(first).Enqueue(RecordingJob.Name, enqueued);
                JobHosts.JobsOf(first).Schedule(RecordingJob.Name, scheduled, TimeSpan.FromSeconds(1));
            }

            Assert.Empty(recorder.Firings);
            Assert.Equal(1, await JobHosts.CountAsync(db, enqueued, "Enqueued"));
            Assert.Equal(1, await JobHosts.CountAsync(db, scheduled, "Scheduled"));

            await using var second = JobHosts.Start(db, recorder);
            var node = JobHosts.NodeOf(second);
            var firings = await Eventually.MatchesAsync(() => Task.FromResult(recorder.Firings), f => f.Count >= 2, Slow);

            Assert.Equal([(enqueued, node), (scheduled, node)], firings.OrderBy(f => f.Id == scheduled));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task Two_hosts_on_one_database_run_each_job_exactly_once()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(Two_hosts_on_one_database_run_each_job_exactly_once));
        try
        {
            var recorder = new JobRecorder();
            await using var a = JobHosts.Start(db, recorder);
            await using var b = JobHosts.Start(db, recorder);
            string[] nodes = [JobHosts.NodeOf(a), JobHosts.NodeOf(b)];
            Assert.NotEqual(nodes[0], nodes[1]);
            await Eventually.MatchesAsync(
                () => Sql.CountAsync(db, $"SELECT count(*) FROM hangfire.server WHERE id LIKE '{nodes[0]}:%' OR id LIKE '{nodes[1]}:%'"),
                n => n == 2, Slow);

            var ids = Enumerable.Range(0, 40).Select(_ => Guid.NewGuid()).ToList();
            foreach (var (id, i) in ids.Select((id, i) => (id, i)))
            {
                // Enqueued from either node; either server may run it.
                JobHosts.JobsOf(i % 2 == 0 ? a : b).Enqueue(RecordingJob.Name, id);
            }

            await Eventually.MatchesAsync(
                () => Sql.CountAsync(db, "SELECT count(*) FROM hangfire.job WHERE statename = 'Succeeded' AND invocationdata->>'Method' = 'RunForIdAsync'"),
                n => n == ids.Count, Slow);
            // The server drops a job's queue row after committing its Succeeded state, in a second statement: wait for it,
            // and count only these jobs' rows (a recurring schedule may enqueue its own meanwhile).
            await Eventually.MatchesAsync(
                () => Sql.CountAsync(db, """
                    SELECT count(*) FROM hangfire.jobqueue q JOIN hangfire.job j ON j.id = q.jobid
                    WHERE j.invocationdata->>'Method' = 'RunForIdAsync'
                    """),
                n => n == 0, Slow);

            var firings = recorder.Firings;
            Assert.Equal(ids.Order(), firings.Select(f => f.Id).Order());
            Assert.All(firings, f => Assert.Contains(f.Node, nodes));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task The_ready_probe_reports_this_nodes_server_heartbeat_and_fails_without_a_fresh_one()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(The_ready_probe_reports_this_nodes_server_heartbeat_and_fails_without_a_fresh_one));
        try
        {
            // Heartbeats 10 s apart, so a doctored heartbeat stays in place long enough to be seen.
            await using var app = JobHosts.Start(db, new JobRecorder(), new Dictionary<string, string?> { ["Jobs:HeartbeatInterval"] = "00:00:10" });
            var node = JobHosts.NodeOf(app);
            var client = app.CreateClient();
            await Eventually.MatchesAsync(() => ReadyAsync(client), s => s == HttpStatusCode.OK, Slow);

            var report = await app.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Tags.Contains("ready"));
            var jobs = report.Entries["jobs"];
            Assert.Equal(HealthStatus.Healthy, jobs.Status);
            Assert.StartsWith(node + ":", (string)jobs.Data["server"], StringComparison.Ordinal);

            // A heartbeat older than three intervals: a hung server. The next heartbeat makes it ready again.
            await Sql.ExecuteAsync(db, $"UPDATE hangfire.server SET lastheartbeat = lastheartbeat - interval '1 hour' WHERE id LIKE '{node}:%'");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await ReadyAsync(client));
            await Eventually.MatchesAsync(() => ReadyAsync(client), s => s == HttpStatusCode.OK, Slow);

            // No server of this node's in the store (stopped, or timed out by the others): not ready until it announces
            // itself again, which Hangfire does when its heartbeat finds it gone.
            await Sql.ExecuteAsync(db, $"DELETE FROM hangfire.server WHERE id LIKE '{node}:%'");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await ReadyAsync(client));
            await Eventually.MatchesAsync(() => ReadyAsync(client), s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(60));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task With_jobs_disabled_the_node_enqueues_into_the_store_but_runs_nothing_and_stays_ready()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(With_jobs_disabled_the_node_enqueues_into_the_store_but_runs_nothing_and_stays_ready));
        try
        {
            var recorder = new JobRecorder();
            await using var app = JobHosts.Start(db, recorder, NoServer);
            var client = app.CreateClient();
            Assert.Equal(HttpStatusCode.OK, await ReadyAsync(client));

            var id = Guid.NewGuid();
            JobHosts.JobsOf(app).Enqueue(RecordingJob.Name, id);

            // No server of any node is registered, so nothing can fetch it; the recurring schedules are written all the same.
            Assert.Equal(0, await Sql.CountAsync(db, "SELECT count(*) FROM hangfire.server"));
            Assert.Equal(1, await JobHosts.CountAsync(db, id, "Enqueued"));
            Assert.Equal(12, await Sql.CountAsync(db, "SELECT count(*) FROM hangfire.set WHERE key = 'recurring-jobs'")); // eight of the modules, four retention rules
            Assert.Empty(recorder.Firings);
            Assert.Equal(HttpStatusCode.OK, await ReadyAsync(client));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task Migrate_installs_the_hangfire_schema_without_a_server_and_a_production_host_runs_one_but_installs_none()
    {
        var db = await TestPostgres.CreateEmptyDatabaseAsync("hangfiremigrate");
        try
        {
            var (exitCode, output) = await HostProcess.RunToEndAsync(db, "migrate");
            Assert.True(exitCode == 0, output);
            Assert.True(
                await Sql.CountAsync(db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_name IN ('job', 'jobqueue', 'state', 'server', 'lock', 'hash', 'set', 'schema')") == 8,
                output);
            // migrate installs the storage but neither starts a server nor writes a schedule.
            Assert.Equal(0, await Sql.CountAsync(db, "SELECT count(*) FROM hangfire.server"));
            Assert.Equal(0, await Sql.CountAsync(db, "SELECT count(*) FROM hangfire.set WHERE key = 'recurring-jobs'"));
            var version = await Sql.CountAsync(db, "SELECT max(version) FROM hangfire.schema");

            // Production, Jobs:PrepareSchema unset: the Host runs no DDL of Hangfire's. Without the tables migrate installs,
            // it stops at start rather than creating them.
            await Sql.ExecuteAsync(db, "DROP SCHEMA hangfire CASCADE");
            await using (var refused = await HostProcess.StartAsync(db))
            {
                Assert.NotEqual(0, await refused.WaitForExitAsync(TimeSpan.FromSeconds(90)));
            }

            Assert.Equal(0, await Sql.CountAsync(db, "SELECT count(*) FROM pg_namespace WHERE nspname = 'hangfire'"));
            (exitCode, output) = await HostProcess.RunToEndAsync(db, "migrate");
            Assert.True(exitCode == 0, output);

            await using var host = await HostProcess.StartAsync(db);
            using var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
            try
            {
                await Eventually.MatchesAsync(() => ReadyOrDownAsync(client), s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(90));
            }
            catch (TimeoutException ex)
            {
                throw new TimeoutException(ex.Message + "\n" + host.Output, ex);
            }

            Assert.Equal(1, await Sql.CountAsync(db, "SELECT count(*) FROM hangfire.server"));
            Assert.Equal(12, await Sql.CountAsync(db, "SELECT count(*) FROM hangfire.set WHERE key = 'recurring-jobs'")); // eight of the modules, four retention rules
            Assert.Equal(version, await Sql.CountAsync(db, "SELECT max(version) FROM hangfire.schema"));
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
