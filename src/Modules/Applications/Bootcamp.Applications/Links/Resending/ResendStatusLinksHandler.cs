using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Mails;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.Reviewing;
using Bootcamp.Mail;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Privacy;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bootcamp.Applications.Links.Resending;

/// <summary>
/// Mails a fresh status link to the address that applied, never to the caller: whoever types an address learns nothing
/// and can only make its owner receive their own link. At most one resend per application every
/// <see cref="Cooldown"/>, so the form cannot be used to flood someone's mailbox. Each resend, and each request that matched
/// nothing, leaves an audit line without the address typed.
/// </summary>
internal sealed partial class ResendStatusLinksHandler(
    ApplicationsDbContext db, StatusLinkIssuer statusLinks, ApplicationMails mails, IMailQueue mail, IMediator mediator, TimeProvider clock,
    ILogger<ResendStatusLinksHandler> logger) : IRequestHandler<ResendStatusLinks, int>
{
    public static readonly TimeSpan Cooldown = TimeSpan.FromMinutes(10);

    /// <summary>A person applies to a few sessions at most; a larger count would be a mailbox to protect, not to fill.</summary>
    private const int MaxApplications = 5;

    public async Task<int> Handle(ResendStatusLinks request, CancellationToken cancellationToken)
    {
        var email = request.Email.Trim().ToLowerInvariant();
        var now = clock.GetUtcNow();
        // Two clicks at once must not both pass the cooldown check.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"resend|" + email}, 0))", cancellationToken);

        var query = db.Applications.Where(a => a.Email == email);
        if (request.SessionId is { } sessionId)
        {
            query = query.Where(a => a.SessionId == sessionId);
        }

        var recentlySent = now - Cooldown;
        var applications = await query
            .Where(a => !db.StatusLinks.Any(l => l.ApplicationId == a.Id && l.IssuedFor == ApplicationMails.LinkResentCategory && l.IssuedAt > recentlySent))
            .OrderByDescending(a => a.SubmittedAt).Take(MaxApplications)
            .ToListAsync(cancellationToken);
        applications.RemoveAll(a => a.IsAnonymised);
        if (applications.Count == 0)
        {
            Audit.Record(db, clock, AuditActions.StatusLinkResendNoMatch, Guid.Empty, applicationId: null, request.SessionId);
            LogNothingToSend();
            return 0;
        }

        var issued = await statusLinks.IssueAsync(applications, ApplicationMails.LinkResentCategory, cancellationToken);
        var sessions = new Dictionary<Guid, SessionDetails>();
        foreach (var application in applications)
        {
            if (!sessions.TryGetValue(application.SessionId, out var session))
            {
                sessions[application.SessionId] = session = (await mediator.Send(new GetSession(application.SessionId), cancellationToken)).Details;
            }

            var link = issued[application.Id];
            await mail.EnqueueAsync(
                mails.LinkResent(application, session, link, $"{ApplicationMails.LinkResentCategory}:{application.Id}:{now.ToUnixTimeMilliseconds()}"),
                cancellationToken);
            Audit.Record(db, clock, AuditActions.StatusLinkResent, Guid.Empty, application.Id, application.SessionId);
        }

        LogSent(applications.Count);
        return applications.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Status link resend: {Count} link(s) mailed")]
    private partial void LogSent(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Status link resend: no application to mail (unknown address, erased, or sent within the cooldown)")]
    private partial void LogNothingToSend();
}
