using System.Net;
using System.Net.Mail;
using Bootcamp.Mail.Persistence;

namespace Bootcamp.Mail.Sending;

/// <summary>Delivers one mail; throws when it could not. Returns where it went, for the log.</summary>
internal interface IMailTransport
{
    string Description { get; }

    Task<string> DeliverAsync(QueuedMail mail, CancellationToken cancellationToken);
}

internal sealed class SmtpMailTransport(MailOptions options) : IMailTransport
{
    private readonly MailAddress _from = new(options.From);

    public string Description => $"SMTP {options.Smtp.Host}:{options.Smtp.Port}{(options.Smtp.UseTls ? " (STARTTLS)" : "")}";

    public async Task<string> DeliverAsync(QueuedMail mail, CancellationToken cancellationToken)
    {
        var smtp = options.Smtp;
        using var message = MailMessageFactory.Create(mail, _from);
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = smtp.UseTls,
            Timeout = (int)Math.Clamp(smtp.Timeout.TotalMilliseconds, 1000, int.MaxValue),
            UseDefaultCredentials = false,
        };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        await client.SendMailAsync(message, cancellationToken);
        return $"{smtp.Host}:{smtp.Port}";
    }
}

/// <summary>Development without SMTP: each mail becomes an .eml file (open it in any mail client) named after its
/// time, category and id. SmtpClient writes it under a random name into a staging folder; it is then moved into place,
/// so a half-written file never appears.</summary>
internal sealed class PickupDirectoryMailTransport(MailOptions options, string directory) : IMailTransport
{
    private readonly MailAddress _from = new(options.From);

    public string Directory { get; } = directory;

    public string Description => $"pickup directory {Directory}";

    public async Task<string> DeliverAsync(QueuedMail mail, CancellationToken cancellationToken)
    {
        var staging = Path.Combine(Directory, ".staging", mail.Id.ToString("N"));
        System.IO.Directory.CreateDirectory(staging);
        try
        {
            using (var message = MailMessageFactory.Create(mail, _from))
            using (var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = staging })
            {
                await client.SendMailAsync(message, cancellationToken);
            }

            var written = System.IO.Directory.GetFiles(staging).Single();
            var name = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{mail.CreatedAt.UtcDateTime:yyyyMMdd-HHmmss}-{SafeFileName(mail.Category)}-{mail.Id:N}.eml");
            var target = Path.Combine(Directory, name);
            File.Move(written, target, overwrite: true);
            return target;
        }
        finally
        {
            System.IO.Directory.Delete(staging, recursive: true);
        }
    }

    private static string SafeFileName(string value)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string(value.Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) ? '_' : c).ToArray());
    }
}
