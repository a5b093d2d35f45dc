using Bootcamp.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Mail;

/// <summary>Mail queued by a module reaches a real SMTP server in the recipient's language, once.</summary>
public sealed class MailDeliveryTests
{
    [Fact]
    public async Task French_and_English_mails_reach_the_smtp_server_in_each_recipients_language()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(French_and_English_mails_reach_the_smtp_server_in_each_recipients_language));
        await using var smtp = SmtpListener.Start();
        try
        {
            await using var app = new BootcampAppFactory(db, settings: smtp.Settings);
            var queue = app.Services.GetRequiredService<IMailQueue>();

            await queue.EnqueueAsync(TestMails.SeatConfirmed("amelie@example.org", "Amélie Tremblay", "fr"));
            await queue.EnqueueAsync(TestMails.SeatConfirmed("omar@example.org", "Omar Haddad", "en-US"));

            var messages = await smtp.WaitForMessagesAsync(2);
            var french = Assert.Single(messages, m => m.Recipients.Contains("amelie@example.org"));
            var english = Assert.Single(messages, m => m.Recipients.Contains("omar@example.org"));

            Assert.Equal(TestMails.FrenchSubject, french.Subject);
            Assert.Equal("fr-CA", french.ContentLanguage);
            Assert.Contains("Amélie Tremblay", french.Header("To"), StringComparison.Ordinal);
            // The template's text, then the footer every mail carries (the notice's address).
            Assert.StartsWith(
                $"Bonjour Amélie Tremblay,\nVotre session du soir commence le {TestMails.LongDate("fr-CA")}. Ça commence à 18 h 30.\n\n-- \nEnvoyé par ",
                french.TextBody, StringComparison.Ordinal);
            Assert.Contains("Notre avis de confidentialité : http", french.TextBody, StringComparison.Ordinal);
            Assert.Contains("janvier", french.TextBody, StringComparison.Ordinal);
            // Written as text only: the queue derived the HTML part from it, in the mail's language, footer included.
            Assert.StartsWith("multipart/alternative", french.ContentType, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("<html lang=\"fr-CA\">", french.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("<p>Bonjour Amélie Tremblay,<br>Votre session du soir commence", french.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("/Privacy\">Notre avis de confidentialité</a>", french.HtmlBody, StringComparison.Ordinal);

            Assert.Equal(TestMails.EnglishSubject, english.Subject);
            Assert.Equal("en-CA", english.ContentLanguage);
            Assert.StartsWith($"Hello Omar Haddad,\nYour evening session starts on {TestMails.LongDate("en-CA")}.\n\n-- \nSent by ", english.TextBody, StringComparison.Ordinal);
            Assert.Contains("Our privacy notice: http", english.TextBody, StringComparison.Ordinal);
            Assert.Contains("/Privacy\">Our privacy notice</a>", english.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("January", english.TextBody, StringComparison.Ordinal);
            Assert.StartsWith("multipart/alternative", english.ContentType, StringComparison.OrdinalIgnoreCase);
            Assert.Contains($"<strong>{TestMails.LongDate("en-CA")}</strong>", english.HtmlBody, StringComparison.Ordinal);

            Assert.All(messages, m => Assert.Equal("no-reply@bootcamp.local", m.MailFrom));
            Assert.All(messages, m => Assert.Equal("Bootcamp <no-reply@bootcamp.local>", m.Header("From")));

            await Eventually.MatchesAsync(
                () => Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE status = 'Sent' AND attempts = 1 AND sent_at IS NOT NULL AND last_error IS NULL"),
                n => n == 2);

            // What an admin page shows: newest first, the status and the culture the mail went out in.
            var recent = await app.Services.GetRequiredService<IMailbox>().RecentAsync(1, 10, CancellationToken.None);
            Assert.Equal(new[] { "en-CA", "fr-CA" }, recent.Select(m => m.Culture));
            Assert.All(recent, m => Assert.Equal("Sent", m.Status));
            Assert.Equal("omar@example.org", recent[0].To);
            Assert.Equal(TestMails.Category, recent[0].Category);
            var found = await app.Services.GetRequiredService<IMailbox>().FindAsync(recent[1].Id, CancellationToken.None);
            Assert.Equal(TestMails.FrenchSubject, found?.Subject);
            Assert.Null(await app.Services.GetRequiredService<IMailbox>().FindAsync(Guid.NewGuid(), CancellationToken.None));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    /// <summary>Each name must come out of the To header exactly as it went in, as one mailbox: a quote, a comma or an
    /// angle bracket typed in a form must not make a second recipient or swallow the address.</summary>
    [Fact]
    public async Task Display_names_with_quotes_commas_angle_brackets_and_accents_reach_the_server_as_one_correctly_encoded_mailbox()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(Display_names_with_quotes_commas_angle_brackets_and_accents_reach_the_server_as_one_correctly_encoded_mailbox));
        await using var smtp = SmtpListener.Start();
        try
        {
            await using var app = new BootcampAppFactory(db, settings: smtp.Settings);
            var queue = app.Services.GetRequiredService<IMailQueue>();
            var names = new Dictionary<string, string>
            {
                ["quote@example.org"] = "Ana \"JJ\" Lima",
                ["comma@example.org"] = "Lima, Ana",
                ["angle@example.org"] = "Ana <boss@evil.example>",
                ["backslash@example.org"] = "Ana \\ Lima",
                ["accent@example.org"] = "Éloïse Côté-Ngọc",
                ["mixed@example.org"] = "Zoë \"la \\ boss\", <x@y.z>",
            };
            foreach (var (address, name) in names)
            {
                await queue.EnqueueAsync(TestMails.SeatConfirmed(address, name, "fr"));
            }

            var messages = await smtp.WaitForMessagesAsync(names.Count);
            foreach (var (address, name) in names)
            {
                var message = Assert.Single(messages, m => m.Recipients.SequenceEqual([address]));
                var headers = message.Raw[..message.Raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
                Assert.True(headers.All(char.IsAscii), "8-bit headers: " + headers);
                var mailbox = Assert.IsType<MimeKit.MailboxAddress>(Assert.Single(message.Parsed.To));
                Assert.Equal(address, mailbox.Address);
                Assert.Equal(name, mailbox.Name);
            }
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task A_deduplication_key_enqueued_twice_or_by_ten_concurrent_callers_sends_one_mail()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(A_deduplication_key_enqueued_twice_or_by_ten_concurrent_callers_sends_one_mail));
        await using var smtp = SmtpListener.Start();
        try
        {
            await using var app = new BootcampAppFactory(db, settings: smtp.Settings);
            var queue = app.Services.GetRequiredService<IMailQueue>();

            var confirmed = TestMails.SeatConfirmed("amelie@example.org", "Amélie Tremblay", "fr", "seat-confirmed:42");
            await queue.EnqueueAsync(confirmed);
            await queue.EnqueueAsync(confirmed);

            var reminder = TestMails.SeatConfirmed("omar@example.org", "Omar Haddad", "en", "reminder:7");
            using var start = new ManualResetEventSlim();
            var racers = Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
            {
                start.Wait();
                await queue.EnqueueAsync(reminder);
            })).ToArray();
            start.Set();
            await Task.WhenAll(racers);

            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE status = 'Sent'"), n => n == 2);
            Assert.Equal(2, await Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails"));
            var messages = await smtp.WaitForMessagesAsync(2);
            Assert.Equal(2, messages.Count);
            Assert.Single(messages, m => m.Recipients.Contains("amelie@example.org"));
            Assert.Single(messages, m => m.Recipients.Contains("omar@example.org"));

            // Enqueued again after it was sent: still nothing new.
            await queue.EnqueueAsync(confirmed);
            Assert.Equal(2, await Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails"));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    [Fact]
    public async Task Two_instances_sending_from_one_queue_send_each_mail_once()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(Two_instances_sending_from_one_queue_send_each_mail_once));
        await using var smtp = SmtpListener.Start();
        try
        {
            const int mails = 20;
            await using (var writer = new BootcampAppFactory(db, settings: new Dictionary<string, string?> { ["Email:Enabled"] = "false" }))
            {
                var queue = writer.Services.GetRequiredService<IMailQueue>();
                for (var i = 0; i < mails; i++)
                {
                    await queue.EnqueueAsync(TestMails.SeatConfirmed($"person{i}@example.org", $"Person {i}", i % 2 == 0 ? "fr" : "en"));
                }
            }

            await using var a = new BootcampAppFactory(db, settings: smtp.Settings);
            await using var b = new BootcampAppFactory(db, settings: smtp.Settings);
            _ = a.Services;
            _ = b.Services;

            await Eventually.MatchesAsync(
                () => Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE status = 'Sent'"),
                n => n == mails,
                TimeSpan.FromSeconds(60));
            var messages = smtp.Messages;
            Assert.Equal(mails, messages.Count);
            Assert.Equal(mails, messages.Select(m => m.Recipients.Single()).Distinct().Count());
            Assert.Equal(mails, messages.Select(m => m.Header("Message-ID")).Distinct().Count());
            Assert.Equal(mails, await Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE attempts = 1"));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }
}
