using System.Globalization;
using Bootcamp.Applications.Links;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.Resources;
using Bootcamp.Mail;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared;
using Bootcamp.Shared.Links;

namespace Bootcamp.Applications.Mails;

/// <summary>
/// Every mail Applications sends, written so it can be read alone (issue 19): it names the session with its dates,
/// evenings and place, says what to do and by when, and carries the reader's own private link — a fresh one, since only
/// hashes are kept — with the date it works until and where to get a new one. Plain text and HTML, in the person's
/// language; the queue adds the privacy footer.
/// </summary>
internal sealed class ApplicationMails(PublicLinks links)
{
    public const string ConfirmationCategory = "applications.confirmation";
    public const string AdmittedCategory = "applications.admitted";
    public const string WaitlistedCategory = "applications.waitlisted";
    public const string SeatOfferedCategory = "applications.seat-offered";
    public const string LinkResentCategory = "applications.link-resent";
    public const string WithdrawnCategory = "applications.withdrawn";
    public const string CertificateCategory = "applications.certificate";

    public string ResendAddress => links.To("/Public/ResendLink").AbsoluteUri;

    public OutgoingMail Confirmation(Application a, SessionDetails session, IssuedLink link) =>
        Compose(a, session, link, ConfirmationCategory, "applications.confirmation:" + a.Id,
            () => Format(ApplicationsMessages.ConfirmationSubject, session.Title),
            () => ApplicationsMessages.MailConfirmationIntro,
            () => ApplicationsMessages.MailLinkStatus);

    public OutgoingMail Admitted(Application a, SessionDetails session, IssuedLink link, string deduplicationKey) =>
        Compose(a, session, link, AdmittedCategory, deduplicationKey,
            () => Format(ApplicationsMessages.AdmittedSubject, session.Title),
            () => Format(ApplicationsMessages.MailAdmittedIntro, Deadline(a)),
            () => ApplicationsMessages.MailLinkConfirm);

    public OutgoingMail Waitlisted(Application a, SessionDetails session, IssuedLink link, string deduplicationKey) =>
        Compose(a, session, link, WaitlistedCategory, deduplicationKey,
            () => Format(ApplicationsMessages.WaitlistedSubject, session.Title),
            () => Format(ApplicationsMessages.MailWaitlistedIntro, a.WaitlistRank ?? 0),
            () => ApplicationsMessages.MailLinkStatus);

    public OutgoingMail SeatOffered(Application a, SessionDetails session, IssuedLink link, string deduplicationKey) =>
        Compose(a, session, link, SeatOfferedCategory, deduplicationKey,
            () => Format(ApplicationsMessages.SeatOfferedSubject, session.Title),
            () => Format(ApplicationsMessages.MailSeatOfferedIntro, Deadline(a)),
            () => ApplicationsMessages.MailLinkConfirm);

    public OutgoingMail LinkResent(Application a, SessionDetails session, IssuedLink link, string deduplicationKey) =>
        Compose(a, session, link, LinkResentCategory, deduplicationKey,
            () => Format(ApplicationsMessages.LinkResentSubject, session.Title),
            () => ApplicationsMessages.MailLinkResentIntro,
            () => ApplicationsMessages.MailLinkStatus,
            () => ApplicationsMessages.MailLinkResentNote);

    public OutgoingMail Withdrawn(Application a, SessionDetails session, IssuedLink link, string deduplicationKey) =>
        Compose(a, session, link, WithdrawnCategory, deduplicationKey,
            () => Format(ApplicationsMessages.WithdrawnSubject, session.Title),
            () => ApplicationsMessages.MailWithdrawnIntro,
            () => ApplicationsMessages.MailLinkStatus);

    public OutgoingMail CertificateReady(Application a, SessionDetails session, IssuedLink link, string deduplicationKey) =>
        Compose(a, session, link, CertificateCategory, deduplicationKey,
            () => Format(ApplicationsMessages.CertificateSubject, session.Title),
            () => ApplicationsMessages.MailCertificateIntro,
            () => ApplicationsMessages.MailLinkCertificate);

    private OutgoingMail Compose(
        Application a, SessionDetails session, IssuedLink link, string category, string deduplicationKey,
        Func<string> subject, Func<string> intro, Func<string> linkLabel, Func<string>? note = null) =>
        MailCulture.Render(a.PreferredLanguage, () =>
        {
            var title = subject();
            var content = new MailContent()
                .Paragraph(Format(ApplicationsMessages.MailHello, a.FirstName))
                .Paragraph(intro())
                .Facts(SessionLabels.Facts(session))
                .Link(linkLabel(), link.Url)
                .Paragraph(Format(ApplicationsMessages.MailLinkPrivate, Day(link.ExpiresAt), ResendAddress));
            if (note is not null)
            {
                content.Note(note());
            }

            content.Paragraph(ApplicationsMessages.MailSignature);
            return content.ToMail(a.Email, $"{a.FirstName} {a.LastName}", title, a.PreferredLanguage, category, deduplicationKey);
        });

    private static string Deadline(Application a) =>
        a.ConfirmBy is { } by ? ProgrammeTime.Local(by).ToString("f", CultureInfo.CurrentCulture) : "—";

    // The link works until the moment before it expires: show the last whole day, in Montréal.
    private static string Day(DateTimeOffset expiresAt) =>
        DateOnly.FromDateTime(ProgrammeTime.Local(expiresAt.AddTicks(-1)).DateTime).ToString("D", CultureInfo.CurrentCulture);

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.CurrentCulture, format, values);
}
