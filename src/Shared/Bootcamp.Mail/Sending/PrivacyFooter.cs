using System.Text.Encodings.Web;
using System.Text.Unicode;
using Bootcamp.Mail.Resources;
using Bootcamp.Shared.Links;
using Bootcamp.Shared.Privacy;
using Microsoft.Extensions.Options;

namespace Bootcamp.Mail.Sending;

/// <summary>
/// Law 25 s. 8 asks that a person can always find the notice: every mail ends with who writes, whom to contact about
/// their information and the notice's address. Added by the queue, not by each module's template, so no mail can
/// forget it. The notice is a public page, so the sender's redaction of private links leaves this link in place.
/// </summary>
internal sealed class PrivacyFooter(IOptionsMonitor<PrivacyOptions> privacy, IOptions<PublicLinkOptions> links)
{
    private const string Separator = "\n\n-- \n";

    // Markup-significant characters only, as MailContent: "confidentialité" stays readable in the mail's source.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public string NoticeAddress => links.Value.PublicBaseUrl.TrimEnd('/') + PrivacyNotice.Path;

    public (string Text, string? Html) Append(string text, string? html, string culture)
    {
        var p = privacy.CurrentValue;
        var (lead, contact, notice, noticeLine) = MailCulture.Render(culture, () => (
            Format(MailText.FooterSentBy, p.Organisation),
            string.IsNullOrWhiteSpace(p.OfficerEmail) ? null : Format(MailText.FooterContact, p.OfficerEmail),
            MailText.FooterNotice,
            Format(MailText.FooterNoticeLine, NoticeAddress)));
        var textFooter = string.Join("\n", new[] { lead, contact, noticeLine }.Where(l => l is not null));
        var htmlFooter = "<hr><p style=\"font-size:small;color:#555\">" + Html.Encode(lead)
            + (contact is null ? "" : "<br>" + Html.Encode(contact))
            + "<br><a href=\"" + Html.Encode(NoticeAddress) + "\">" + Html.Encode(notice) + "</a></p>";
        return (text.TrimEnd() + Separator + textFooter, html is null ? null : AppendHtml(html, htmlFooter));
    }

    private static string Format(string format, string value) =>
        string.Format(System.Globalization.CultureInfo.CurrentCulture, format, value);

    // Inside the body when the template wrote one, so the footer is part of what a mail client shows.
    private static string AppendHtml(string html, string footer)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + footer : html.Insert(end, footer);
    }
}
