using Bootcamp.Mail;
using Bootcamp.Mail.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bootcamp.IntegrationTests.Mail;

/// <summary>Without SMTP settings: a folder of .eml files in Development, a clear warning (and mail kept) elsewhere.</summary>
public sealed class MailTransportTests
{
    [Fact]
    public async Task Without_smtp_a_pickup_directory_receives_each_mail_as_an_eml_file()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(Without_smtp_a_pickup_directory_receives_each_mail_as_an_eml_file));
        var folder = Path.Combine(Path.GetTempPath(), "bootcamp-mail-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["Email:PickupDirectory"] = folder,
                ["Email:PollInterval"] = "00:00:00.200",
            };
            await using var app = new BootcampAppFactory(db, settings: settings);
            await app.Services.GetRequiredService<IMailQueue>().EnqueueAsync(TestMails.SeatConfirmed("omar@example.org", "Omar Haddad", "en"));

            var files = await Eventually.MatchesAsync(
                () => Task.FromResult(Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : []),
                f => f.Length == 1);
            Assert.Contains(TestMails.Category, Path.GetFileName(files[0]), StringComparison.Ordinal);
            var eml = new SmtpReceivedMessage("", [], await File.ReadAllTextAsync(files[0]));
            Assert.Equal(TestMails.EnglishSubject, eml.Subject);
            Assert.Equal("en-CA", eml.ContentLanguage);
            Assert.StartsWith($"Hello Omar Haddad,\nYour evening session starts on {TestMails.LongDate("en-CA")}.\n\n-- \nSent by ", eml.TextBody, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(folder, ".staging")) && Directory.EnumerateFileSystemEntries(Path.Combine(folder, ".staging")).Any());
            await Eventually.MatchesAsync(() => Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE status = 'Sent'"), n => n == 1);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Development_without_smtp_writes_to_dot_local_mail_under_the_repository_and_other_environments_send_nothing()
    {
        var repositoryRoot = FindRepositoryRoot();

        var development = new MailTransportSelector(Options.Create(new MailOptions()), Options.Create(new Bootcamp.Mail.Texting.TextMessageOptions()), new MailHostEnvironment(true, AppContext.BaseDirectory)).Select();
        var pickup = Assert.IsType<PickupDirectoryMailTransport>(development);
        Assert.Equal(Path.Combine(repositoryRoot, ".local", "mail"), pickup.Directory);

        Assert.Null(new MailTransportSelector(Options.Create(new MailOptions()), Options.Create(new Bootcamp.Mail.Texting.TextMessageOptions()), new MailHostEnvironment(false, AppContext.BaseDirectory)).Select());

        var configured = new MailOptions { Smtp = { Host = "smtp.example.org", Port = 587, UseTls = true } };
        Assert.IsType<SmtpMailTransport>(new MailTransportSelector(Options.Create(configured), Options.Create(new Bootcamp.Mail.Texting.TextMessageOptions()), new MailHostEnvironment(true, AppContext.BaseDirectory)).Select());
        Assert.IsType<SmtpMailTransport>(new MailTransportSelector(Options.Create(configured), Options.Create(new Bootcamp.Mail.Texting.TextMessageOptions()), new MailHostEnvironment(false, AppContext.BaseDirectory)).Select());
    }

    [Fact]
    public async Task In_production_without_smtp_the_host_runs_warns_clearly_and_keeps_mail_pending()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(In_production_without_smtp_the_host_runs_warns_clearly_and_keeps_mail_pending));
        try
        {
            await Sql.ExecuteAsync(db,
                "INSERT INTO mail.outgoing_mails (id, to_address, subject, text_body, culture, category, status, attempts, next_attempt_at, created_at) " +
                "VALUES (gen_random_uuid(), 'omar@example.org', 'Hello', 'Body', 'en-CA', 'tests', 'Pending', 0, now(), now())");

            // The warning is logged once the host has started its background services: it keeps running, mail stays queued.
            await using var host = await HostProcess.StartAsync(db);
            var output = await Eventually.MatchesAsync(
                () => Task.FromResult(host.Output),
                o => o.Contains("No SMTP server is configured", StringComparison.Ordinal) && o.Contains("Application started", StringComparison.Ordinal),
                TimeSpan.FromSeconds(60));
            Assert.DoesNotContain("Unhandled exception", output, StringComparison.OrdinalIgnoreCase);
            using (var client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) })
            {
                Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
            }

            await Task.Delay(500);

            Assert.Equal(1, await Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE status = 'Pending' AND attempts = 0"));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Bootcamp.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside the repository.");
    }
}
