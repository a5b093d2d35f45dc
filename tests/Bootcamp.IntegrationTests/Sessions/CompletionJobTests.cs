using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.IntegrationTests.Sessions;

/// <summary>The durable recurring job, run by this Host's Hangfire server, decides a session once its end date has passed.</summary>
public sealed class CompletionJobTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_recurring_job_decides_a_session_after_its_end_date()
    {
        var clock = new ManualClock(CompletionTestData.BeforeStart);
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: JobTesting.FastJobs) { Clock = clock };
        var world = await CompletionTestData.DeliveredSessionAsync(app, clock);

        // Triggered, as cron's finest step is a minute: before the end date nothing is due.
        await JobTesting.RunRecurringAsync(app, Bootcamp.Sessions.Completion.DecideCompletionsJob.Name);
        Assert.Null((await CompletionTestData.SendAsync(app, new GetSessionCompletion(world.Session.SessionId))).DecidedAt);

        clock.Set(CompletionTestData.DayAfterEnd);
        await JobTesting.RunRecurringAsync(app, Bootcamp.Sessions.Completion.DecideCompletionsJob.Name);
        var decided = await CompletionTestData.SendAsync(app, new GetSessionCompletion(world.Session.SessionId));
        Assert.NotNull(decided.DecidedAt);

        Assert.Equal(["Amina", "Jorge"], decided.Participants.Where(p => p.Outcome == CompletionOutcome.Completed).Select(p => p.FirstName).Order());
        Assert.Equal(1, await CompletionTestData.OutboxCountAsync(app, nameof(SessionCompleted), world.Session.SessionId));
        await Assert.ThrowsAsync<NotFoundException>(() => CompletionTestData.SendAsync(app, new GetSessionCompletion(Guid.NewGuid())));
    }
}
