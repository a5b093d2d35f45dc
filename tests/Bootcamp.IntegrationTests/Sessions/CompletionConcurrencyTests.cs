using Bootcamp.Sessions.Contracts;

namespace Bootcamp.IntegrationTests.Sessions;

/// <summary>Several Hosts share one database and the job may fire on two at once; a session is decided once.</summary>
public sealed class CompletionConcurrencyTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Two_hosts_deciding_at_the_same_moment_decide_the_session_once()
    {
        var clock = new ManualClock(CompletionTestData.BeforeStart);
        await using var first = new BootcampAppFactory(database.ConnectionString, settings: CompletionTestData.NoScheduler) { Clock = clock };
        await using var second = new BootcampAppFactory(database.ConnectionString, settings: CompletionTestData.NoScheduler) { Clock = clock };
        var world = await CompletionTestData.DeliveredSessionAsync(first, clock);
        _ = second.Services; // started before the race, so both are warm

        clock.Set(CompletionTestData.DayAfterEnd);
        var runs = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            CompletionTestData.SendAsync(i % 2 == 0 ? first : second, new DecideDueCompletions())));

        Assert.Equal(1, runs.Sum());
        Assert.Equal(1, await CompletionTestData.OutboxCountAsync(first, nameof(SessionCompleted), world.Session.SessionId));
        Assert.Equal(4, await Sql.CountAsync(first.ConnectionString, $"SELECT count(*) FROM sessions.completions WHERE session_id = '{world.Session.SessionId}'"));
        Assert.Equal(2, await Sql.CountAsync(first.ConnectionString, "SELECT count(*) FROM sessions.certificates"));
    }
}
