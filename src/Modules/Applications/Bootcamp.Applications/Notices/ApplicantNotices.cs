using Bootcamp.Applications.Links;
using Bootcamp.Applications.Mails;
using Bootcamp.Applications.Persistence;
using Bootcamp.Mail;
using Bootcamp.Sessions.Contracts;
using MediatR;

namespace Bootcamp.Applications.Notices;

/// <summary>
/// Tells a person what changed for them, with a fresh status link. Each notice has one deduplication key per application
/// (a withdrawal, a certificate), so the paths that can lead to it — the applicant's own click, staff recording it, a
/// redelivered event, an override back and forth — send it once.
/// </summary>
internal sealed class ApplicantNotices(StatusLinkIssuer statusLinks, ApplicationMails mails, IMailQueue mail, IMediator mediator)
{
    public async Task WithdrawnAsync(Application application, CancellationToken cancellationToken)
    {
        if (application.IsAnonymised)
        {
            return;
        }

        var session = (await mediator.Send(new GetSession(application.SessionId), cancellationToken)).Details;
        var link = await statusLinks.IssueAsync(application, ApplicationMails.WithdrawnCategory, cancellationToken);
        await mail.EnqueueAsync(mails.Withdrawn(application, session, link, $"{ApplicationMails.WithdrawnCategory}:{application.Id}"), cancellationToken);
    }

    public async Task CertificateReadyAsync(IReadOnlyCollection<Application> completers, Guid sessionId, CancellationToken cancellationToken)
    {
        var people = completers.Where(a => !a.IsAnonymised).ToList();
        if (people.Count == 0)
        {
            return;
        }

        var session = (await mediator.Send(new GetSession(sessionId), cancellationToken)).Details;
        var links = await statusLinks.IssueAsync(people, ApplicationMails.CertificateCategory, cancellationToken);
        foreach (var application in people)
        {
            await mail.EnqueueAsync(
                mails.CertificateReady(application, session, links[application.Id], $"{ApplicationMails.CertificateCategory}:{application.Id}"),
                cancellationToken);
        }
    }
}
