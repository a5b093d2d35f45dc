using System.Globalization;
using System.Net;
using Bootcamp.Identity;
using Bootcamp.Identity.Team;
using Bootcamp.Mail;
using Bootcamp.Shared.Links;

namespace Bootcamp.Host.Accounts;

/// <summary>The invitation mail, in the invited person's language: who invited them as what, the link, until when.
/// Once sent, the queue takes the link out of the stored copy (SentMailRedaction).</summary>
internal sealed class InvitationMailer(IMailQueue mail, PublicLinks links, InvitationLifespan lifespan, TimeProvider clock)
    : IInvitationMailer
{
    public const string Category = "identity.invitation";

    public static string Path(Guid userId, string token) =>
        $"/Account/Invitation?user={userId}&token={Uri.EscapeDataString(token)}";

    public Task SendAsync(BootcampUser user, Guid userId, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var link = links.To(Path(userId, token)).AbsoluteUri;
        var until = clock.GetUtcNow() + lifespan.Value;
        var outgoing = MailCulture.Render(user.PreferredCulture, () =>
        {
            var culture = CultureInfo.CurrentCulture;
            var name = user.DisplayName;
            var expires = Display.Moment(until);
            var text = string.Format(culture, AdminText.InvitationMailText, name, link, expires, user.Email);
            var html = string.Format(
                culture, AdminText.InvitationMailHtml, WebUtility.HtmlEncode(name), WebUtility.HtmlEncode(link), WebUtility.HtmlEncode(expires),
                WebUtility.HtmlEncode(user.Email));
            return new OutgoingMail(
                user.Email!, name, AdminText.InvitationMailSubject, text, html, user.PreferredCulture, Category,
                // One mail per link: a retried request re-sends nothing; a resend has a new stamp, hence a new key.
                $"{Category}:{userId}:{user.SecurityStamp}");
        });
        return mail.EnqueueAsync(outgoing, cancellationToken);
    }
}
