using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Bootcamp.Mail.Persistence;

namespace Bootcamp.Mail.Sending;

/// <summary>Builds the MIME message: UTF-8 throughout, quoted-printable bodies (readable in a raw .eml), text/plain
/// alone or multipart/alternative text + HTML, the recipient's language in Content-Language, and a Message-ID derived
/// from the queue row so a retry after an uncertain delivery can be recognised by the receiving side.</summary>
internal static class MailMessageFactory
{
    public static MailMessage Create(QueuedMail mail, MailAddress from)
    {
        var message = new MailMessage
        {
            From = from,
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = mail.TextBody,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        try
        {
            message.To.Add(new MailAddress(mail.ToAddress, mail.ToName, Encoding.UTF8));
            message.Headers.Add("Content-Language", mail.Culture);
            message.Headers.Add("Message-ID", $"<{mail.Id:N}@{from.Host}>");
            if (mail.HtmlBody is not null)
            {
                var html = AlternateView.CreateAlternateViewFromString(mail.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html);
                html.TransferEncoding = TransferEncoding.QuotedPrintable;
                message.AlternateViews.Add(html);
            }

            return message;
        }
        catch
        {
            message.Dispose();
            throw;
        }
    }
}
