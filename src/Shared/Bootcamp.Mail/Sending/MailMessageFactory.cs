using System.Text;
using Bootcamp.Mail.Persistence;
using MimeKit;
using MimeKit.Text;

namespace Bootcamp.Mail.Sending;

/// <summary>Builds the MIME message: UTF-8 throughout, quoted-printable bodies (readable in a raw .eml), text/plain
/// alone or multipart/alternative text + HTML (inside a multipart/mixed with the attachments, when there are some), the recipient's language in Content-Language, a Message-ID derived from
/// the queue row so a retry after an uncertain delivery can be recognised by the receiving side, and the queuing time as
/// its Date. Addresses are MimeKit mailboxes: the library quotes, escapes and encodes a display name, so a quote, a
/// comma or an angle bracket in someone's name stays part of the name.</summary>
internal static class MailMessageFactory
{
    public static MimeMessage Create(QueuedMail mail, MailboxAddress from)
    {
        var message = new MimeMessage
        {
            Subject = mail.Subject,
            Date = mail.CreatedAt,
            MessageId = $"{mail.Id:N}@{from.Domain}",
        };
        try
        {
            message.From.Add(new MailboxAddress(from.Name, from.Address));
            message.To.Add(new MailboxAddress(mail.ToName, mail.ToAddress));
            message.Headers.Add(HeaderId.ContentLanguage, mail.Culture);
            var text = Part(TextFormat.Plain, mail.TextBody);
            MimeEntity body = mail.HtmlBody is null ? text : new MultipartAlternative { text, Part(TextFormat.Html, mail.HtmlBody) };
            var files = StoredAttachment.Parse(mail.Attachments).Where(a => a.Content is not null).ToList();
            if (files.Count > 0)
            {
                var mixed = new Multipart("mixed") { body };
                foreach (var file in files)
                {
                    mixed.Add(Attachment(file));
                }

                body = mixed;
            }

            message.Body = body;
            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }

    // A calendar file goes as an attachment with its method in the content type, which is what lets a client offer
    // "add to calendar" (method=REQUEST) or remove the event (method=CANCEL).
    private static MimePart Attachment(StoredAttachment file)
    {
        var part = new MimePart(ContentType.Parse(file.ContentType))
        {
            Content = new MimeContent(new MemoryStream(file.Bytes()!)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = file.FileName,
        };
        return part;
    }

    private static TextPart Part(TextFormat format, string content)
    {
        var part = new TextPart(format) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        part.SetText(Encoding.UTF8, content);
        return part;
    }
}
