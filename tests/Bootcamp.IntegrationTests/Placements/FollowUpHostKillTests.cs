using Bootcamp.IntegrationTests.Applications;
using Bootcamp.IntegrationTests.Infrastructure;
using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Dispatch;
using Bootcamp.Shared;
using Npgsql;
using static Bootcamp.IntegrationTests.Placements.PlacementsTestData;

namespace Bootcamp.IntegrationTests.Placements;

/// <summary>Issue 7: a real Host process, its Quartz job dispatching, is killed after claiming a wave and before
/// committing; the other Host then sends every wave exactly once.</summary>
public sealed class FollowUpHostKillTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_host_killed_between_the_claim_and_the_commit_loses_nothing_and_the_retry_sends_each_wave_once()
    {
        var db = database.ConnectionString;
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var survivor = new BootcampAppFactory(db, settings: NoScheduler) { Clock = clock };
        // The process runs on the real clock: its session ended a month ago, so wave 1 is due today.
        var endDate = ProgrammeTime.Today(TimeProvider.System).AddMonths(-1);
        var world = await FollowUpWorld.CreateAsync(survivor, 2, endDate);
        var emails = string.Join(",", world.Completers.Select(c => $"'{c.Email}'"));

        // Holding the mail table makes the Host stop right after its claim, inside its transaction, at the mail insert.
        await using var blocker = new NpgsqlConnection(db);
        await blocker.OpenAsync();
        var hold = await blocker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE mail.outgoing_mails IN SHARE ROW EXCLUSIVE MODE", blocker, hold))
        {
            await lockTable.ExecuteNonQueryAsync();
        }

        await using (var host = await HostProcess.StartAsync(db, new Dictionary<string, string> { ["Placements__FollowUp__DispatchInterval"] = "00:00:01" }))
        {
            long pid;
            try
            {
                pid = await Eventually.MatchesAsync(
                    () => Sql.CountAsync(db, """
                        SELECT coalesce(max(a.pid), 0) FROM pg_stat_activity a
                        WHERE a.wait_event_type = 'Lock' AND a.query ILIKE '%outgoing_mails%'
                          AND EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
                                      WHERE l.pid = a.pid AND c.relname = 'follow_up_dispatches' AND l.granted)
                        """),
                    p => p > 0, TimeSpan.FromSeconds(90));
            }
            catch (TimeoutException ex)
            {
                throw new TimeoutException(ex.Message + "\n" + host.Output, ex);
            }

            host.Kill();
            await hold.RollbackAsync();
            // The killed Host's backend ends once it finds its client gone: its transaction rolls back, claim and all.
            await Eventually.MatchesAsync(() => Sql.CountAsync(db, $"SELECT count(*) FROM pg_stat_activity WHERE pid = {pid}"), n => n == 0, TimeSpan.FromSeconds(30));
        }

        Assert.Equal(0, await Sql.CountAsync(db, $"SELECT count(*) FROM mail.outgoing_mails WHERE category LIKE 'placements.%' AND to_address IN ({emails})"));
        Assert.Equal(0, await Sql.CountAsync(db, "SELECT count(*) FROM placements.follow_up_dispatches"));
        Assert.All(await SendAsync(survivor, new GetFollowUpWaves(world.Session.SessionId)), w => Assert.Equal(FollowUpWaveStatus.Pending, w.Status));

        clock.Set(DateTimeOffset.UtcNow);
        Assert.Equal(2, (await DispatchAsync(survivor)).Invitations);
        Assert.Equal(0, (await DispatchAsync(survivor)).Invitations);
        foreach (var person in world.Completers)
        {
            Assert.Single(await MailsAsync(db, DispatchDueFollowUpsHandler.InvitationCategory, person.Email));
        }
    }
}
