using System.Net;
using Bootcamp.Identity;
using Bootcamp.Mail;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Operations;

/// <summary>The admin's Operations area: the counts that need attention, the mail queue without bodies, and the retry
/// of a failed mail or event, each harmless when repeated.</summary>
public sealed class OperationsTests
{
    private const string Recipient = "lina.haddad@example.org";

    [Fact]
    public async Task The_overview_counts_a_failed_mail_a_failed_event_and_a_stuck_one_and_says_which_module_is_unwell()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(The_overview_counts_a_failed_mail_a_failed_event_and_a_stuck_one_and_says_which_module_is_unwell));
        try
        {
            // No dispatcher runs: a due row stays where it is, as when every node has the outbox switched off.
            await using var app = new BootcampAppFactory(db, settings: new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });
            var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
            var queue = app.Services.GetRequiredService<IMailQueue>();
            await queue.EnqueueAsync(new OutgoingMail("not an address", null, "Hello", "Body", null, "fr-CA", "tests.invalid"));
            await queue.EnqueueAsync(new OutgoingMail(Recipient, null, "Hello", "Body", null, "fr-CA", "tests.valid"));
            await InsertOutboxRowAsync(db, "sessions", failed: true, dueAgo: TimeSpan.FromMinutes(5));
            await InsertOutboxRowAsync(db, "attendance", failed: false, dueAgo: TimeSpan.FromHours(2));

            var html = await admin.GetStringAsync(new Uri("/Admin/Operations", UriKind.Relative));

            Assert.Equal("1", Cell(html, "mail-failed"));
            Assert.Equal("1", Cell(html, "mail-pending"));
            Assert.Equal("0", Cell(html, "mail-sent"));
            Assert.Equal("1", Cell(html, "events-failed"));
            Assert.Equal("1", Cell(html, "events-stuck"));
            Assert.Contains("href=\"/Admin/Jobs\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"all-clear\"", html, StringComparison.Ordinal);
            Assert.Contains("En panne", Row(html, "health-attendance"), StringComparison.Ordinal);
            Assert.Contains("1 événement(s) bloqué(s)", Row(html, "health-attendance"), StringComparison.Ordinal);
            Assert.Contains("Attention", Row(html, "health-sessions"), StringComparison.Ordinal);
            Assert.Contains("1 événement(s) en échec", Row(html, "health-sessions"), StringComparison.Ordinal);
            Assert.Contains("OK", Row(html, "health-surveys"), StringComparison.Ordinal);
            Assert.Contains("OK", Row(html, "health-mail"), StringComparison.Ordinal);

            var summary = await app.Services.GetRequiredService<Bootcamp.Host.Infrastructure.Operations.OperationsSummary>().GetAsync(CancellationToken.None);
            Assert.Equal((1, 1, 1), (summary.FailedMails, summary.FailedEvents, summary.StuckEvents));
            Assert.True(summary.NeedsAttention);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task Retrying_a_failed_mail_puts_it_back_to_pending_once_and_a_second_retry_changes_nothing()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(Retrying_a_failed_mail_puts_it_back_to_pending_once_and_a_second_retry_changes_nothing));
        try
        {
            await using var app = new BootcampAppFactory(db);
            var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
            // No mail transport in Testing: the mail stays pending, and is then failed as the sender would leave it.
            await app.Services.GetRequiredService<IMailQueue>().EnqueueAsync(new OutgoingMail(Recipient, null, "Hello", "Body", null, "fr-CA", "tests.retry"));
            await Sql.ExecuteAsync(db, "UPDATE mail.outgoing_mails SET status = 'Failed', attempts = 5, last_error = 'SmtpCommandException: mailbox unavailable'");
            var id = await MailIdAsync(app);

            using var first = await Forms.PostAsync(admin, "/Admin/Operations/Mail?handler=Retry", new() { ["id"] = id.ToString() });
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
            var afterFirst = await admin.GetStringAsync(first.Headers.Location);
            Assert.Contains("data-testid=\"notice\"", afterFirst, StringComparison.Ordinal);
            Assert.Contains(Recipient, Cell(afterFirst, "notice"), StringComparison.Ordinal);
            Assert.Equal(1, await Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE status = 'Pending' AND attempts = 0 AND last_error IS NULL"));

            // A second retry (a double click, a stale page) finds it pending: nothing changes and the page says so.
            await Sql.ExecuteAsync(db, "UPDATE mail.outgoing_mails SET attempts = 2");
            using var second = await Forms.PostAsync(admin, "/Admin/Operations/Mail?handler=Retry", new() { ["id"] = id.ToString() });
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
            var afterSecond = await admin.GetStringAsync(second.Headers.Location);
            Assert.Contains("n'est pas en échec", Cell(afterSecond, "warning"), StringComparison.Ordinal);
            Assert.DoesNotContain("data-testid=\"notice\"", afterSecond, StringComparison.Ordinal);
            Assert.Equal(1, await Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE status = 'Pending' AND attempts = 2"));

            using var missing = await Forms.PostAsync(admin, "/Admin/Operations/Mail?handler=Retry", new() { ["id"] = Guid.NewGuid().ToString() });
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task The_mail_queue_never_shows_a_body_in_its_list_its_filters_or_its_retry_confirmation()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(The_mail_queue_never_shows_a_body_in_its_list_its_filters_or_its_retry_confirmation));
        try
        {
            await using var app = new BootcampAppFactory(db);
            var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
            const string marker = "BODY-MARKER-7f3c2a";
            var queue = app.Services.GetRequiredService<IMailQueue>();
            await queue.EnqueueAsync(new OutgoingMail(Recipient, null, "Votre lien", $"Votre lien : {marker}", $"<p>{marker}</p>", "fr-CA", "tests.private-link"));
            await queue.EnqueueAsync(new OutgoingMail("other@example.org", null, "Autre", "Autre texte", null, "fr-CA", "tests.other"));
            await Sql.ExecuteAsync(db, $"UPDATE mail.outgoing_mails SET status = 'Failed', last_error = 'refused' WHERE to_address = '{Recipient}'");
            var id = (await app.Services.GetRequiredService<IMailOperations>().ListAsync(new MailQueueQuery(MailQueueStatus.Failed, null, 1, 10), CancellationToken.None)).Items.Single().Id;

            foreach (var page in new[] { "/Admin/Operations/Mail", "/Admin/Operations/Mail?status=Failed", "/Admin/Operations/Mail?q=LINA.haddad", $"/Admin/Operations/Mail?retry={id}" })
            {
                var html = await admin.GetStringAsync(new Uri(page, UriKind.Relative));
                Assert.Contains(Recipient, html, StringComparison.Ordinal);
                Assert.DoesNotContain(marker, html, StringComparison.Ordinal);
            }

            var filtered = await admin.GetStringAsync(new Uri("/Admin/Operations/Mail?q=private-link", UriKind.Relative));
            Assert.DoesNotContain("other@example.org", filtered, StringComparison.Ordinal);
            var none = await admin.GetStringAsync(new Uri("/Admin/Operations/Mail?status=Sent", UriKind.Relative));
            Assert.Contains("data-testid=\"mail-empty\"", none, StringComparison.Ordinal);
            // A filter that is not one lists everything instead of failing.
            var odd = await admin.GetAsync(new Uri("/Admin/Operations/Mail?status=Bogus&p=-3&q=%25_", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, odd.StatusCode);

            // Fifty a page: the fifty-first mail is on page 2, and the filter travels with the pager.
            for (var i = 0; i < 50; i++)
            {
                await queue.EnqueueAsync(new OutgoingMail($"p{i}@example.org", null, "Série", "Texte", null, "fr-CA", "tests.paging"));
            }

            var first = await admin.GetStringAsync(new Uri("/Admin/Operations/Mail?status=Pending", UriKind.Relative));
            Assert.Contains("Page 1 sur 2", first, StringComparison.Ordinal);
            Assert.Contains("href=\"?status=Pending&amp;p=2\"", first, StringComparison.Ordinal);
            var second = await admin.GetStringAsync(new Uri("/Admin/Operations/Mail?status=Pending&p=2", UriKind.Relative));
            Assert.Contains("Page 2 sur 2", second, StringComparison.Ordinal);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(second, "data-testid=\"mail-[0-9a-f]{8}-"));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task Retrying_a_failed_event_gets_it_processed_and_a_second_retry_changes_nothing()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(Retrying_a_failed_event_gets_it_processed_and_a_second_retry_changes_nothing));
        var handler = new SwitchableHandler();
        try
        {
            await using var app = new BootcampAppFactory(db, settings: new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "1" })
            {
                ConfigureServices = s => s.AddSingleton<INotificationHandler<SessionScheduled>>(handler),
            };
            var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
            await SessionRequests.ScheduleAsync(admin, SessionRequests.ValidSession(await SessionRequests.CreateTrackAsync(admin)));
            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT count(*) FROM sessions.outbox_messages WHERE failed_at IS NOT NULL"), n => n == 1);
            var id = await OutboxIdAsync(db);

            var list = await admin.GetStringAsync(new Uri("/Admin/Operations/Events?module=Sessions&state=Failed", UriKind.Relative));
            var row = Row(list, $"event-{id}");
            Assert.Contains("SessionScheduled", row, StringComparison.Ordinal);
            Assert.Contains("switchable handler: refusing", row, StringComparison.Ordinal);
            Assert.DoesNotContain("Web &amp; mobile", list, StringComparison.Ordinal); // the payload's title
            var confirm = await admin.GetStringAsync(new Uri($"/Admin/Operations/Events?retry={id}&retryModule=Sessions", UriKind.Relative));
            Assert.Contains("data-testid=\"confirm-retry\"", confirm, StringComparison.Ordinal);

            handler.Fail = false;
            using var first = await Forms.PostAsync(admin, "/Admin/Operations/Events?handler=Retry", new() { ["id"] = id.ToString(), ["eventModule"] = "Sessions" });
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
            Assert.Contains("data-testid=\"notice\"", await admin.GetStringAsync(first.Headers.Location), StringComparison.Ordinal);
            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT count(*) FROM sessions.outbox_messages WHERE processed_at IS NOT NULL AND failed_at IS NULL"), n => n == 1);
            Assert.Equal(SessionRequests.ValidSessionMeetings, await Sql.CountAsync(db, "SELECT count(*) FROM attendance.class_meetings"));

            using var second = await Forms.PostAsync(admin, "/Admin/Operations/Events?handler=Retry", new() { ["id"] = id.ToString(), ["eventModule"] = "Sessions" });
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
            Assert.Contains("n'est pas en échec", Cell(await admin.GetStringAsync(second.Headers.Location), "warning"), StringComparison.Ordinal);
            Assert.Equal(2, handler.Calls);
            var empty = await admin.GetStringAsync(new Uri("/Admin/Operations/Events", UriKind.Relative));
            Assert.Contains("data-testid=\"events-empty\"", empty, StringComparison.Ordinal);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    private static async Task<Guid> MailIdAsync(BootcampAppFactory app) =>
        (await app.Services.GetRequiredService<IMailOperations>().ListAsync(new MailQueueQuery(null, null, 1, 10), CancellationToken.None)).Items.Single().Id;

    private static async Task<Guid> OutboxIdAsync(string db)
    {
        await using var connection = new Npgsql.NpgsqlConnection(db);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT id FROM sessions.outbox_messages", connection);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private static Task InsertOutboxRowAsync(string db, string schema, bool failed, TimeSpan dueAgo) =>
        Sql.ExecuteAsync(db,
            $"INSERT INTO {schema}.outbox_messages (id, type, payload, occurred_at, next_attempt_at, attempts, failed_at, last_error) VALUES " +
            $"('{Guid.NewGuid()}', 'Tests.SomethingHappened', '{{}}', now() - interval '{(int)dueAgo.TotalMinutes} minutes', now() - interval '{(int)dueAgo.TotalMinutes} minutes', " +
            $"{(failed ? 10 : 0)}, {(failed ? "now()" : "NULL")}, {(failed ? "'InvalidOperationException: boom'" : "NULL")})");

    /// <summary>The text of the element marked <paramref name="testId"/>, up to its closing tag.</summary>
    private static string Cell(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {testId} in the page");
        var open = html.IndexOf('>', start) + 1;
        return System.Net.WebUtility.HtmlDecode(html[open..html.IndexOf('<', open)]).Trim();
    }

    private static string Row(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {testId} in the page");
        return System.Net.WebUtility.HtmlDecode(html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)]);
    }

    private sealed class SwitchableHandler : INotificationHandler<SessionScheduled>
    {
        private int _calls;

        public volatile bool Fail = true;

        public int Calls => _calls;

        public Task Handle(SessionScheduled notification, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            return Fail ? throw new InvalidOperationException("switchable handler: refusing") : Task.CompletedTask;
        }
    }
}
