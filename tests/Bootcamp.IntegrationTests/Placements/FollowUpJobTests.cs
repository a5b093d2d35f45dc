using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Dispatch;
using Bootcamp.Sessions.Contracts;
using static Bootcamp.IntegrationTests.Placements.FollowUpTestData;
using static Bootcamp.Testing.PlacementsTestData;

namespace Bootcamp.IntegrationTests.Placements;

/// <summary>The real paths around the dispatch command: the completion job's event through the outbox, and the recurring
/// Hangfire job in the PostgreSQL store.</summary>
public sealed class FollowUpJobTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_completion_decision_reaches_Placements_through_the_outbox_and_schedules_the_completers_waves()
    {
        var clock = new ManualClock(CompletionTestData.BeforeStart);
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler) { Clock = clock };
        var world = await CompletionTestData.DeliveredSessionAsync(app, clock);

        clock.Set(CompletionTestData.DayAfterEnd);
        Assert.True(await SendAsync(app, new DecideDueCompletions()) >= 1); // the class's other sessions may be due too
        var waves = await Eventually.MatchesAsync(() => SendAsync(app, new GetFollowUpWaves(world.Session.SessionId)), w => w.Count == 6);
        Assert.Equal(["Amina", "Jorge"], waves.Select(w => w.FirstName).Distinct().Order());
        Assert.Equal([new DateOnly(2027, 3, 17), new DateOnly(2027, 4, 17), new DateOnly(2027, 5, 17)], waves.Where(w => w.FirstName == "Amina").Select(w => w.DueOn));

        // These participants were enrolled without an application on file, so nobody consented to follow-ups: nothing is sent.
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 17)));
        Assert.Equal((0, 2), ((await DispatchAsync(app)).Invitations, (await SendAsync(app, new GetFollowUpWaves(world.Session.SessionId))).Count(w => w.Wave == 1 && w.Status == FollowUpWaveStatus.Cancelled)));
    }

    [Fact]
    public async Task The_recurring_dispatch_job_sends_due_waves_and_its_missing_schedule_comes_back_at_start()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        var db = database.ConnectionString;
        await using (var app = new BootcampAppFactory(db, settings: JobTesting.FastJobs) { Clock = clock })
        {
            var world = await FollowUpWorld.CreateAsync(app, 2);
            Assert.Equal("*/15 * * * *", await CronAsync(db));

            // The job compares due dates with the application's clock; it is triggered rather than awaited (cron's finest
            // step is a minute).
            clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 17)));
            await JobTesting.RunRecurringAsync(app, DispatchFollowUpsJob.Name);
            foreach (var person in world.Completers)
            {
                Assert.Single(await MailsAsync(db, DispatchDueFollowUpsHandler.InvitationCategory, person.Email));
            }
        }

        await Sql.ExecuteAsync(db, $"DELETE FROM hangfire.hash WHERE key = '{Schedule}'; DELETE FROM hangfire.set WHERE key = 'recurring-jobs' AND value = '{DispatchFollowUpsJob.Name}'");
        Assert.Null(await CronAsync(db));
        var settings = JobTesting.With(new Dictionary<string, string?> { ["Placements:FollowUp:DispatchInterval"] = "00:05:00" });
        await using (var restarted = new BootcampAppFactory(db, settings: settings) { Clock = clock })
        {
            _ = restarted.Services;
            // Back, with the interval now configured.
            await Eventually.MatchesAsync(() => CronAsync(db), c => c == "*/5 * * * *");
        }
    }

    private const string Schedule = "recurring-job:" + DispatchFollowUpsJob.Name;

    private static async Task<string?> CronAsync(string db)
    {
        await using var connection = new Npgsql.NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"SELECT value FROM hangfire.hash WHERE key = '{Schedule}' AND field = 'Cron'", connection);
        return (string?)await command.ExecuteScalarAsync();
    }
}
