using System.Net;
using System.Net.Sockets;
using Bootcamp.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Mail;

/// <summary>A mail server that refuses or is down never loses a mail and never fails the code that queued it.</summary>
public sealed class MailRetryTests
{
    private static readonly DateTimeOffset T0 = new(2027, 1, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_mail_refused_twice_is_retried_with_backoff_then_delivered_and_the_error_stays_visible_while_pending()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(A_mail_refused_twice_is_retried_with_backoff_then_delivered_and_the_error_stays_visible_while_pending));
        var clock = new ManualClock(T0);
        await using var smtp = SmtpListener.Start();
        smtp.FailNext(2);
        try
        {
            await using var app = new BootcampAppFactory(db, settings: smtp.Settings) { Clock = clock };
            var queue = app.Services.GetRequiredService<IMailQueue>();
            var mailbox = app.Services.GetRequiredService<IMailbox>();

            await queue.EnqueueAsync(TestMails.SeatConfirmed("amelie@example.org", "Amélie Tremblay", "fr-CA"));

            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT attempts FROM mail.outgoing_mails"), n => n == 1);
            Assert.Equal(1, await Sql.CountAsync(db,
                "SELECT count(*) FROM mail.outgoing_mails WHERE status = 'Pending' AND last_error LIKE '%451%' AND sent_at IS NULL " +
                "AND next_attempt_at = '2027-01-04 12:00:30+00'"));
            var pending = Assert.Single(await mailbox.RecentAsync(1, 20, CancellationToken.None));
            Assert.Equal("Pending", pending.Status);
            Assert.Contains("451", pending.LastError, StringComparison.Ordinal);
            Assert.DoesNotContain("amelie@example.org", pending.LastError, StringComparison.OrdinalIgnoreCase);
            Assert.Empty(smtp.Messages);

            clock.Advance(TimeSpan.FromSeconds(29)); // not due yet
            await Task.Delay(600); // three polls: nothing may happen before the backoff has elapsed
            Assert.Equal(1, await Sql.CountAsync(db, "SELECT attempts FROM mail.outgoing_mails"));

            clock.Advance(TimeSpan.FromSeconds(1)); // first backoff: 30 s
            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT attempts FROM mail.outgoing_mails"), n => n == 2);
            Assert.Equal(1, await Sql.CountAsync(db,
                "SELECT count(*) FROM mail.outgoing_mails WHERE status = 'Pending' AND next_attempt_at = '2027-01-04 12:01:30+00'"));

            clock.Advance(TimeSpan.FromSeconds(60)); // second backoff: 60 s
            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE status = 'Sent'"), n => n == 1);

            var sent = Assert.Single(await mailbox.RecentAsync(1, 20, CancellationToken.None));
            Assert.Equal(3, sent.Attempts);
            Assert.Null(sent.LastError);
            Assert.Equal(T0.AddSeconds(90), sent.SentAt);
            Assert.Equal(2, smtp.Refused);
            var delivered = Assert.Single(smtp.Messages);
            Assert.Equal(TestMails.FrenchSubject, delivered.Subject);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task With_the_smtp_server_down_the_mail_stays_pending_with_its_error_and_the_caller_never_sees_it()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(With_the_smtp_server_down_the_mail_stays_pending_with_its_error_and_the_caller_never_sees_it));
        var clock = new ManualClock(T0);
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["Email:Smtp:Host"] = "127.0.0.1",
                ["Email:Smtp:Port"] = ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Email:PollInterval"] = "00:00:00.200",
                ["Email:MaxAttempts"] = "3",
            };
            await using var app = new BootcampAppFactory(db, settings: settings) { Clock = clock };
            var queue = app.Services.GetRequiredService<IMailQueue>();

            // Returns normally: queuing never talks to the mail server.
            await queue.EnqueueAsync(TestMails.SeatConfirmed("omar@example.org", "Omar Haddad", "en"));

            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT attempts FROM mail.outgoing_mails"), n => n == 1);
            Assert.Equal(1, await Sql.CountAsync(db,
                "SELECT count(*) FROM mail.outgoing_mails WHERE status = 'Pending' AND last_error IS NOT NULL AND last_error <> '' AND sent_at IS NULL"));
            var row = Assert.Single(await app.Services.GetRequiredService<IMailbox>().RecentAsync(1, 20, CancellationToken.None));
            Assert.Contains("SocketException", row.LastError, StringComparison.Ordinal);

            // Still down for every retry: after Email:MaxAttempts the mail is Failed, kept with its last error.
            clock.Advance(TimeSpan.FromSeconds(30));
            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT attempts FROM mail.outgoing_mails"), n => n == 2);
            clock.Advance(TimeSpan.FromSeconds(60));
            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE status = 'Failed'"), n => n == 1);
            Assert.Equal(1, await Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE attempts = 3 AND last_error IS NOT NULL"));

            clock.Advance(TimeSpan.FromHours(2));
            await Task.Delay(600);
            Assert.Equal(3, await Sql.CountAsync(db, "SELECT attempts FROM mail.outgoing_mails"));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task A_malformed_recipient_address_is_kept_as_failed_without_failing_the_caller()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(A_malformed_recipient_address_is_kept_as_failed_without_failing_the_caller));
        await using var smtp = SmtpListener.Start();
        try
        {
            await using var app = new BootcampAppFactory(db, settings: smtp.Settings);
            var queue = app.Services.GetRequiredService<IMailQueue>();

            await queue.EnqueueAsync(TestMails.SeatConfirmed("not an address", "Typo", "fr"));
            await queue.EnqueueAsync(TestMails.SeatConfirmed("omar@example.org", "Omar Haddad", "en"));

            await smtp.WaitForMessagesAsync(1);
            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE status = 'Sent'"), n => n == 1);
            Assert.Equal(1, await Sql.CountAsync(db,
                "SELECT count(*) FROM mail.outgoing_mails WHERE status = 'Failed' AND attempts = 0 AND last_error LIKE 'Invalid recipient address%'"));
            Assert.Single(smtp.Messages);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port; // closed again when disposed: connections are refused
    }
}
