using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.RegularExpressions;
using Bootcamp.Mail.Persistence;
using Bootcamp.Mail.Resources;
using Bootcamp.Shared.Links;
using Bootcamp.Shared.Privacy;
using Microsoft.Extensions.Options;

namespace Bootcamp.Mail.Sending;

/// <summary>
/// A link to this site in a mail is a private link (an application's status page, a survey, a follow-up): whoever holds
/// it acts as its recipient. The queue keeps the body only while it may still be needed, to send or to retry; once the
/// mail is sent or given up on, every link to the site (<c>Bootcamp:PublicBaseUrl</c>) is replaced by a note in the
/// mail's language, in the same update that records the outcome. The admin mailbox then shows the text and where the
/// link was. Links elsewhere (another site) are kept.
/// </summary>
internal sealed class SentMailRedaction(IOptions<PublicLinkOptions> links)
{
    // Markup-significant characters only: the note stays readable in the stored HTML.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly Regex _siteLink = new(
        // The notice (PrivacyFooter) is public and must stay readable in every mail: it is not a private link.
        Regex.Escape(links.Value.PublicBaseUrl.TrimEnd('/')) + "(?!" + Regex.Escape(PrivacyNotice.Path) + @"(?![^\s<>""']))(?:[/?#][^\s<>""']*)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>Takes the site's links out of the mail's bodies, and the content out of its attachments (their names
    /// stay): a file cannot be redacted line by line, and what was sent is the sender's to regenerate, not ours to keep.</summary>
    public void Redact(QueuedMail mail)
    {
        ArgumentNullException.ThrowIfNull(mail);
        (mail.TextBody, mail.HtmlBody) = Redact(mail.TextBody, mail.HtmlBody, mail.Culture);
        mail.Attachments = StoredAttachment.WithoutContent(mail.Attachments);
    }

    public (string Text, string? Html) Redact(string text, string? html, string culture)
    {
        ArgumentNullException.ThrowIfNull(text);
        var note = MailCulture.Render(culture, () => MailText.LinkRemoved);
        return (_siteLink.Replace(text, _ => note), html is null ? null : _siteLink.Replace(html, _ => Html.Encode(note)));
    }
}
