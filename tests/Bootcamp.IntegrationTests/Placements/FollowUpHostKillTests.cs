using Bootcamp.Placements.Dispatch;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared;
using Bootcamp.Shared.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Bootcamp.Testing.PlacementsTestData;

namespace Bootcamp.IntegrationTests.Placements;

/// <summary>Exactly once through Hangfire: two Hosts run job servers on one database, one a real process killed in the
/// middle of a dispatch (after claiming its waves, before committing), and the other's server picks the dead run up
/// again once it stops being heartbeated. Each of 1,000 due waves is then mailed exactly once.</summary>
public sealed class FollowUpHostKillTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private const int Waves = 1000;
    private const string Invitation = DispatchDueFollowUpsHandler.InvitationCategory;

    [Fact]
    public async Task A_host_killed_mid_dispatch_loses_nothing_and_the_other_hosts_server_sends_each_of_1000_waves_once()
    {
        var db = database.ConnectionString;
        // The survivor's clock stays before the waves are due while the process works, so its own runs find nothing;
        // a dead run's job is visible again 5 s after its server stopped heartbeating.
        var clock = new ManualClock(SessionApplicants.InWindow);
        var settings = JobTesting.With(new Dictionary<string, string?> { ["Jobs:InvisibilityTimeout"] = "00:00:05" });
        await using var survivor = new BootcampAppFactory(db, settings: settings) { Clock = clock };
        var survivorNode = survivor.Services.GetRequiredService<JobsNode>().Name;
        var jobs = survivor.Services.GetRequiredService<BootcampJobs>();
        var sessionId = await CompletersWithConsentAsync(survivor, db, Waves, ProgrammeTime.Today(TimeProvider.System).AddMonths(-1));
        Assert.Equal(Waves, await DueWavesAsync(db, sessionId));

        // Holding the mail table makes a dispatch stop right after its claim, inside its transaction, at the mail insert.
        await using var blocker = new NpgsqlConnection(db);
        await blocker.OpenAsync();
        var hold = await blocker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE mail.outgoing_mails IN SHARE ROW EXCLUSIVE MODE", blocker, hold))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        List<long> orphaned;
        await using (var host = await HostProcess.StartAsync(db, new Dictionary<string, string>
        {
            ["Jobs__PollInterval"] = "00:00:00.200",
            ["Jobs__HeartbeatInterval"] = "00:00:01",
        }))
        {
            long pid;
            try
            {
                // Either server may fetch a triggered run; the survivor's are no-ops, so trigger until the process has one
                // stuck at the mail insert.
                pid = await Eventually.MatchesAsync(
                    async () =>
                    {
                        if (await Sql.CountAsync(db, "SELECT count(*) FROM hangfire.server") == 2
                            && await Sql.CountAsync(db, "SELECT count(*) FROM hangfire.jobqueue WHERE fetchedat IS NULL") == 0)
                        {
                            jobs.Trigger(DispatchFollowUpsJob.Name);
                        }

                        return await Sql.CountAsync(db, """
                            SELECT coalesce(max(a.pid), 0) FROM pg_stat_activity a
                            WHERE a.wait_event_type = 'Lock' AND a.query ILIKE '%outgoing_mails%'
                              AND EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                                          WHERE l.pid = a.pid AND c.relname = 'follow_up_dispatches' AND l.granted)
                            """);
                    },
                    p => p > 0, TimeSpan.FromSeconds(120));
            }
            catch (TimeoutException ex)
            {
                throw new TimeoutException(ex.Message + "\n" + host.Output, ex);
            }

            orphaned = await ProcessingElsewhereAsync(db, survivorNode);
            Assert.NotEmpty(orphaned);
            host.Kill();
            await hold.RollbackAsync();
            // The killed Host's backends end once they find their client gone: their transactions roll back, claims and all.
            await Eventually.MatchesAsync(() => Sql.CountAsync(db, $"SELECT count(*) FROM pg_stat_activity WHERE pid = {pid}"), n => n == 0, TimeSpan.FromSeconds(30));
        }

        Assert.Equal(0, await MailCountAsync(db, sessionId));
        Assert.Equal(0, await Sql.CountAsync(db, "SELECT count(*) FROM placements.follow_up_dispatches"));
        Assert.Equal(Waves, await DueWavesAsync(db, sessionId));

        // Now due for the survivor too. No new trigger: its server fetches the dead runs once their invisibility
        // timeout passes, and each of them dispatches until nothing is due.
        clock.Set(DateTimeOffset.UtcNow);
        try
        {
            await Eventually.MatchesAsync(
                () => Sql.CountAsync(db, $"""
                    SELECT count(*) FROM hangfire.job j WHERE j.id IN ({string.Join(",", orphaned)}) AND j.statename = 'Succeeded'
                      AND EXISTS (SELECT 1 FROM hangfire.state s WHERE s.jobid = j.id AND s.name = 'Processing' AND s.data->>'ServerId' LIKE '{survivorNode}:%')
                    """),
                n => n == orphaned.Count, TimeSpan.FromSeconds(120));
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}\nOrphaned {string.Join(",", orphaned)}, survivor {survivorNode}:\n{await DescribeJobsAsync(db)}", ex);
        }

        Assert.Equal(Waves, await MailCountAsync(db, sessionId));

        // A further run, as the next occurrence would be, finds nothing left.
        await JobTesting.RunRecurringAsync(survivor, DispatchFollowUpsJob.Name);
        Assert.Equal(0, await Sql.CountAsync(db, "SELECT count(*) FROM hangfire.job WHERE statename IN ('Enqueued', 'Processing', 'Scheduled', 'Failed')"));

        // Exactly once per person and wave: one mail, one dispatch row, one link, the wave Sent.
        Assert.Equal(Waves, await MailCountAsync(db, sessionId));
        Assert.Equal(0, await Sql.CountAsync(db, $"""
            SELECT count(*) FROM (
              SELECT w.id FROM placements.follow_up_waves w JOIN placements.follow_up_people p ON p.id = w.person_id
              LEFT JOIN mail.outgoing_mails m ON m.deduplication_key = '{Invitation}:' || w.id AND m.to_address = p.email
              WHERE p.session_id = '{sessionId}' AND w.number = 1
              GROUP BY w.id HAVING count(m.id) <> 1) broken
            """));
        Assert.Equal(Waves, await Sql.CountAsync(db, $"""
            SELECT count(DISTINCT m.to_address) FROM mail.outgoing_mails m WHERE m.category = '{Invitation}' AND m.to_address LIKE 'kill-{sessionId:N}-%'
            """));
        Assert.Equal(Waves, await Sql.CountAsync(db, $"""
            SELECT count(*) FROM placements.follow_up_dispatches d JOIN placements.follow_up_waves w ON w.id = d.wave_id
            JOIN placements.follow_up_people p ON p.id = w.person_id WHERE p.session_id = '{sessionId}' AND d.kind = 'Invitation'
            """));
        Assert.Equal(Waves, await Sql.CountAsync(db, $"""
            SELECT count(*) FROM placements.follow_up_links l JOIN placements.follow_up_waves w ON w.id = l.wave_id
            JOIN placements.follow_up_people p ON p.id = w.person_id WHERE p.session_id = '{sessionId}'
            """));
        Assert.Equal(Waves, await Sql.CountAsync(db, $"""
            SELECT count(*) FROM placements.follow_up_waves w JOIN placements.follow_up_people p ON p.id = w.person_id
            WHERE p.session_id = '{sessionId}' AND w.number = 1 AND w.status = 'Sent'
            """));
    }

    /// <summary>Completers of a session that ended on <paramref name="endDate"/>, each with follow-up consent on file. The
    /// consents are written directly (answering GetConsents needs nothing else); the people and their waves come from
    /// Placements' own handler of <see cref="SessionCompleted"/>, as the outbox would deliver it.</summary>
    private static async Task<Guid> CompletersWithConsentAsync(BootcampAppFactory app, string db, int count, DateOnly endDate)
    {
        var sessionId = Guid.NewGuid();
        var completers = Enumerable.Range(0, count)
            .Select(i => new Completer(Guid.NewGuid(), Guid.NewGuid(), "Amina", $"Benali-{i}", $"kill-{sessionId:N}-{i}@example.org", "fr-CA"))
            .ToList();
        await using (var connection = new NpgsqlConnection(db))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("""
                INSERT INTO applications.consents (id, application_id, purpose, text_version, granted, recorded_at)
                SELECT gen_random_uuid(), a, 'FollowUpContact', '2026-11-v1', true, now() FROM unnest($1::uuid[]) a
                """, connection);
            insert.Parameters.Add(new NpgsqlParameter { Value = completers.Select(c => c.ApplicationId).ToArray() });
            await insert.ExecuteNonQueryAsync();
        }

        await PublishAsync(app, new SessionCompleted(sessionId, Guid.NewGuid(), endDate.AddDays(-40), endDate, count, completers));
        return sessionId;
    }

    private static Task<long> DueWavesAsync(string db, Guid sessionId) => Sql.CountAsync(db, $"""
        SELECT count(*) FROM placements.follow_up_waves w JOIN placements.follow_up_people p ON p.id = w.person_id
        WHERE p.session_id = '{sessionId}' AND w.status = 'Pending' AND w.number = 1
        """);

    private static Task<long> MailCountAsync(string db, Guid sessionId) => Sql.CountAsync(db, $"""
        SELECT count(*) FROM mail.outgoing_mails WHERE category = '{Invitation}' AND to_address LIKE 'kill-{sessionId:N}-%'
        """);

    /// <summary>Every job with its queue entry and state history, and the servers: what a failure needs explained.</summary>
    private static async Task<string> DescribeJobsAsync(string db)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT j.id || ' ' || j.statename || ' fetched ' || coalesce(q.fetchedat::text, '-') || ': '
                   || (SELECT string_agg(s.name || ' ' || coalesce(s.data->>'ServerId', ''), ' → ' ORDER BY s.id) FROM hangfire.state s WHERE s.jobid = j.id)
            FROM hangfire.job j LEFT JOIN hangfire.jobqueue q ON q.jobid = j.id
            UNION ALL SELECT 'server ' || id || ' heartbeat ' || lastheartbeat::text || ', now ' || now()::text FROM hangfire.server
            """, connection);
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("\n", lines);
    }

    /// <summary>The runs the other node is processing right now: what its death orphans.</summary>
    private static async Task<List<long>> ProcessingElsewhereAsync(string db, string survivorNode)
    {
        await using var connection = new NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"""
            SELECT j.id FROM hangfire.job j JOIN hangfire.state s ON s.id = j.stateid
            WHERE j.statename = 'Processing' AND s.data->>'ServerId' NOT LIKE '{survivorNode}:%'
            """, connection);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return ids;
    }
}
