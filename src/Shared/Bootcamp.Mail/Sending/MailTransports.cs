using System.Net.Sockets;
using Bootcamp.Mail.Persistence;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Bootcamp.Mail.Sending;

/// <summary>Delivers one queued message on one channel (e-mail over SMTP or to a folder, a text through an SMS provider);
/// throws when it could not. Returns where it went, for the log.</summary>
internal interface IMailTransport
{
    MessageChannel Channel { get; }

    string Description { get; }

    Task<string> DeliverAsync(QueuedMail mail, CancellationToken cancellationToken);
}

internal sealed class SmtpMailTransport(MailOptions options) : IMailTransport
{
    private readonly MailboxAddress _from = MailboxAddress.Parse(options.From);

    public MessageChannel Channel => MessageChannel.Email;

    public string Description => $"SMTP {options.Smtp.Host}:{options.Smtp.Port}{(options.Smtp.UseTls ? " (STARTTLS)" : "")}";

    public async Task<string> DeliverAsync(QueuedMail mail, CancellationToken cancellationToken)
    {
        var smtp = options.Smtp;
        using var message = MailMessageFactory.Create(mail, _from);
        using var client = new SmtpClient { Timeout = (int)Math.Clamp(smtp.Timeout.TotalMilliseconds, 1000, int.MaxValue) };
        // The selector only builds this transport when a host is set.
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ProtocolException or CommandException or OperationCanceledException)
        {
            // The server accepted the mail: a failed goodbye must not make it look unsent (and be sent again).
        }

        return $"{smtp.Host}:{smtp.Port}";
    }
}

/// <summary>Development without SMTP: each mail becomes an .eml file (open it in any mail client) named after its
/// time, category and id. It is written into a staging folder and then moved into place, so a half-written file never
/// appears.</summary>
internal sealed class PickupDirectoryMailTransport(MailOptions options, string directory) : IMailTransport
{
    private readonly MailboxAddress _from = MailboxAddress.Parse(options.From);

    public string Directory { get; } = directory;

    public MessageChannel Channel => MessageChannel.Email;

    public string Description => $"pickup directory {Directory}";

    public async Task<string> DeliverAsync(QueuedMail mail, CancellationToken cancellationToken)
    {
        var staging = System.IO.Directory.CreateDirectory(Path.Combine(Directory, ".staging")).FullName;
        var written = Path.Combine(staging, mail.Id.ToString("N") + ".eml");
        try
        {
            using (var message = MailMessageFactory.Create(mail, _from))
            {
                await message.WriteToAsync(FormatOptions.Default, written, cancellationToken);
            }

            var name = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{mail.CreatedAt.UtcDateTime:yyyyMMdd-HHmmss}-{SafeFileName(mail.Category)}-{mail.Id:N}.eml");
            var target = Path.Combine(Directory, name);
            File.Move(written, target, overwrite: true);
            return target;
        }
        finally
        {
            File.Delete(written);
        }
    }

    private static string SafeFileName(string value)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string(value.Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) ? '_' : c).ToArray());
    }
}
