using Bootcamp.IntegrationTests.Infrastructure;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.IntegrationTests.Sessions;

/// <summary>The durable recurring job, fired by Quartz on this Host, decides a session once its end date has passed.</summary>
public sealed class CompletionJobTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_recurring_job_decides_a_session_after_its_end_date()
    {
        var clock = new ManualClock(CompletionTestData.BeforeStart);
        // Every second instead of every hour, so the test sees the job fire without waiting.
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Sessions:Completion:CheckInterval"] = "00:00:01",
        }) { Clock = clock };
        var world = await CompletionTests.DeliveredSessionAsync(app, clock);

        // The job has been firing all along; nothing was due before the end date (CompletionTests shows that directly).
        Assert.Null((await CompletionTestData.SendAsync(app, new GetSessionCompletion(world.Session.SessionId))).DecidedAt);

        clock.Set(CompletionTestData.DayAfterEnd);
        var decided = await Eventually.MatchesAsync(
            () => CompletionTestData.SendAsync(app, new GetSessionCompletion(world.Session.SessionId)),
            c => c.DecidedAt is not null);

        Assert.Equal(["Amina", "Jorge"], decided.Participants.Where(p => p.Outcome == CompletionOutcome.Completed).Select(p => p.FirstName).Order());
        Assert.Equal(1, await CompletionTestData.OutboxCountAsync(app, nameof(SessionCompleted), world.Session.SessionId));
        await Assert.ThrowsAsync<NotFoundException>(() => CompletionTestData.SendAsync(app, new GetSessionCompletion(Guid.NewGuid())));
    }
}
