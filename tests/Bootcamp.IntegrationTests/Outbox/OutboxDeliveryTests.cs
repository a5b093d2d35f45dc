using System.Net.Http.Json;
using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Outbox;

/// <summary>docs/decisions/0003: an event is committed with its cause, survives a crash, and reaches each handler once.</summary>
public sealed class OutboxDeliveryTests
{
    [Fact]
    public async Task An_event_committed_before_a_crash_is_delivered_after_restart_once_per_handler()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(An_event_committed_before_a_crash_is_delivered_after_restart_once_per_handler));
        try
        {
            // First process: the command commits, then the process dies before any dispatch.
            await using (var first = await HostProcess.StartAsync(db, new Dictionary<string, string>
            {
                ["Outbox__Enabled"] = "false",
                ["Bootcamp__Admin__Email"] = "admin@tests.bootcamp.local",
                ["Bootcamp__Admin__Password"] = TestUsers.Password,
            }))
            {
                await first.WaitUntilReadyAsync();
                using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() };
                using var client = new HttpClient(handler) { BaseAddress = first.BaseAddress };
                // Production requires two-factor sign-in of an admin (decisions/0017): the seeded admin is given an authenticator.
                var key = await TestTwoFactor.EnableInDatabaseAsync(db, "admin@tests.bootcamp.local");
                await TestTwoFactor.SignInAsync(client, "admin@tests.bootcamp.local", TestUsers.Password, key);
                var track = await SessionRequests.CreateTrackAsync(client);
                await SessionRequests.ScheduleAsync(client, SessionRequests.ValidSession(track));
                Assert.Equal(1, await Sql.CountAsync(db, "SELECT count(*) FROM sessions.outbox_messages WHERE processed_at IS NULL"));
                first.Kill();
            }

            Assert.Equal(0, await Sql.CountAsync(db, "SELECT count(*) FROM attendance.class_meetings"));

            // Second process: finds the pending row and delivers it.
            await using var second = await HostProcess.StartAsync(db);
            await second.WaitUntilReadyAsync();
            await Eventually.MatchesAsync(
                () => Sql.CountAsync(db, "SELECT count(*) FROM sessions.outbox_messages WHERE processed_at IS NOT NULL"),
                n => n == 1);

            Assert.Equal(SessionRequests.ValidSessionMeetings, await Sql.CountAsync(db, "SELECT count(*) FROM attendance.class_meetings"));
            Assert.Equal(1, await Sql.CountAsync(db, "SELECT count(*) FROM attendance.inbox_messages"));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task A_redelivered_event_is_not_handled_twice()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(A_redelivered_event_is_not_handled_twice));
        try
        {
            await using var app = new BootcampAppFactory(db);
            var client = await TestUsers.SignedInClientAsync(app, Roles.Staff);
            await SessionRequests.ScheduleAsync(client, SessionRequests.ValidSession(await SessionRequests.CreateTrackAsync(client)));
            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT count(*) FROM attendance.inbox_messages"), n => n == 1);

            // As if the process died after the handler committed but before the outbox row was marked done.
            await Sql.ExecuteAsync(db, "UPDATE sessions.outbox_messages SET processed_at = NULL");
            await Eventually.MatchesAsync(
                () => Sql.CountAsync(db, "SELECT count(*) FROM sessions.outbox_messages WHERE processed_at IS NOT NULL"),
                n => n == 1);

            Assert.Equal(SessionRequests.ValidSessionMeetings, await Sql.CountAsync(db, "SELECT count(*) FROM attendance.class_meetings"));
            Assert.Equal(1, await Sql.CountAsync(db, "SELECT count(*) FROM attendance.inbox_messages"));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task A_failing_handler_is_retried_with_backoff_and_its_failure_stays_visible()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(A_failing_handler_is_retried_with_backoff_and_its_failure_stays_visible));
        var clock = new ManualClock(new DateTimeOffset(2027, 1, 4, 12, 0, 0, TimeSpan.Zero));
        var flaky = new FlakyHandler(failures: 2);
        try
        {
            await using var app = new BootcampAppFactory(db)
            {
                Clock = clock,
                ConfigureServices = s => s.AddSingleton<INotificationHandler<SessionScheduled>>(flaky),
            };
            var client = await TestUsers.SignedInClientAsync(app, Roles.Staff);
            await SessionRequests.ScheduleAsync(client, SessionRequests.ValidSession(await SessionRequests.CreateTrackAsync(client)));

            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT attempts FROM sessions.outbox_messages"), n => n == 1);
            Assert.Equal(1, await Sql.CountAsync(db, "SELECT count(*) FROM sessions.outbox_messages WHERE last_error LIKE '%flaky handler%' AND processed_at IS NULL"));
            Assert.Equal(1, await Sql.CountAsync(db, "SELECT count(*) FROM sessions.outbox_messages WHERE next_attempt_at = '2027-01-04 12:00:02+00'"));

            clock.Advance(TimeSpan.FromSeconds(2)); // first backoff: 2 s
            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT attempts FROM sessions.outbox_messages"), n => n == 2);
            Assert.Equal(1, await Sql.CountAsync(db, "SELECT count(*) FROM sessions.outbox_messages WHERE next_attempt_at = '2027-01-04 12:00:06+00'"));

            clock.Advance(TimeSpan.FromSeconds(4)); // second backoff: 4 s
            await Eventually.MatchesAsync(
                () => Sql.CountAsync(db, "SELECT count(*) FROM sessions.outbox_messages WHERE processed_at IS NOT NULL"),
                n => n == 1);

            // The healthy handler ran on the first attempt and was skipped on the retries.
            Assert.Equal(SessionRequests.ValidSessionMeetings, await Sql.CountAsync(db, "SELECT count(*) FROM attendance.class_meetings"));
            Assert.Equal(1, await Sql.CountAsync(db, "SELECT count(*) FROM attendance.inbox_messages"));
            Assert.Equal(3, flaky.Calls);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task Two_instances_dispatching_the_same_outbox_deliver_each_event_once()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(Two_instances_dispatching_the_same_outbox_deliver_each_event_once));
        try
        {
            const int sessions = 30;
            await using (var writer = new BootcampAppFactory(db, settings: new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" }))
            {
                var client = await TestUsers.SignedInClientAsync(writer, Roles.Staff);
                var track = await SessionRequests.CreateTrackAsync(client);
                for (var i = 0; i < sessions; i++)
                {
                    await SessionRequests.ScheduleAsync(client, SessionRequests.ValidSession(track, $"Session {i}"));
                }
            }

            await using var a = new BootcampAppFactory(db, settings: new Dictionary<string, string?> { ["Outbox:BatchSize"] = "3" });
            await using var b = new BootcampAppFactory(db, settings: new Dictionary<string, string?> { ["Outbox:BatchSize"] = "3" });
            _ = a.Services;
            _ = b.Services;

            await Eventually.MatchesAsync(
                () => Sql.CountAsync(db, "SELECT count(*) FROM sessions.outbox_messages WHERE processed_at IS NOT NULL"),
                n => n == sessions,
                TimeSpan.FromSeconds(60));
            Assert.Equal(sessions, await Sql.CountAsync(db, "SELECT count(*) FROM attendance.inbox_messages"));
            Assert.Equal(sessions * SessionRequests.ValidSessionMeetings, await Sql.CountAsync(db, "SELECT count(*) FROM attendance.class_meetings"));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    private sealed class FlakyHandler(int failures) : INotificationHandler<SessionScheduled>
    {
        private int _calls;

        public int Calls => _calls;

        public Task Handle(SessionScheduled notification, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) <= failures
                ? throw new InvalidOperationException("flaky handler: simulated failure")
                : Task.CompletedTask;
    }
}
