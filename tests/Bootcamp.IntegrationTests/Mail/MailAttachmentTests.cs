using System.Text;
using Bootcamp.Mail;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Bootcamp.IntegrationTests.Mail;

/// <summary>A mail with a file (a calendar invitation) goes out as multipart/mixed around the text + HTML body; once
/// sent, the queue keeps the file's name, not its content.</summary>
public sealed class MailAttachmentTests
{
    [Fact]
    public async Task An_attachment_reaches_the_smtp_server_after_the_body_and_only_its_name_stays_in_the_queue()
    {
        var db = await TestPostgres.CreateDatabaseAsync(nameof(An_attachment_reaches_the_smtp_server_after_the_body_and_only_its_name_stays_in_the_queue));
        await using var smtp = SmtpListener.Start();
        try
        {
            await using var app = new BootcampAppFactory(db, settings: smtp.Settings);
            const string ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n";
            var mail = TestMails.SeatConfirmed("omar@example.org", "Omar Haddad", "en") with
            {
                Attachments = [new MailAttachment("bootcamp.ics", "text/calendar; charset=utf-8; method=CANCEL", Encoding.UTF8.GetBytes(ics))],
            };
            await app.Services.GetRequiredService<IMailQueue>().EnqueueAsync(mail);

            var message = Assert.Single(await smtp.WaitForMessagesAsync(1));
            var mixed = Assert.IsType<Multipart>(message.Parsed.Body);
            Assert.Equal("mixed", mixed.ContentType.MediaSubtype);
            Assert.IsType<MultipartAlternative>(mixed[0]);
            var file = Assert.IsAssignableFrom<MimePart>(mixed[1]);
            Assert.Equal("bootcamp.ics", file.FileName);
            Assert.Equal("text/calendar", file.ContentType.MimeType);
            Assert.Equal("CANCEL", file.ContentType.Parameters["method"]);
            using (var content = new MemoryStream())
            {
                await file.Content!.DecodeToAsync(content);
                Assert.Equal(ics, Encoding.UTF8.GetString(content.ToArray()));
            }

            Assert.Contains("Your evening session starts", message.TextBody, StringComparison.Ordinal);

            var stored = await Eventually.MatchesAsync(
                () => Sql.ScalarAsync(db, "SELECT attachments::text FROM mail.outgoing_mails WHERE status = 'Sent'"),
                s => s.Length > 0);
            Assert.Contains("bootcamp.ics", stored, StringComparison.Ordinal);
            Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(ics)), stored, StringComparison.Ordinal);
            Assert.Contains("\"content\": null", stored, StringComparison.Ordinal);

            // Retention empties the list with the bodies.
            Assert.Equal(1, await app.Services.GetRequiredService<IMailOperations>().PurgeSentBodiesAsync(DateTimeOffset.UtcNow.AddYears(1), CancellationToken.None));
            Assert.Equal(1, await Sql.CountAsync(db, "SELECT count(*) FROM mail.outgoing_mails WHERE attachments IS NULL AND text_body = ''"));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(db);
        }
    }
}
