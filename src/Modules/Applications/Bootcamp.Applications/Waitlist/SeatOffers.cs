using Bootcamp.Shared;
using System.Globalization;
using Bootcamp.Applications.Applying;
using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.Resources;
using Bootcamp.Applications.Selecting;
using Bootcamp.Mail;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Applications.Waitlist;

/// <summary>
/// Seats change hands here: every path (selection, confirmation, withdrawal, release, staff promotion) takes the same
/// per-session lock first, so concurrent decisions can never hand out more seats than the session has.
/// </summary>
internal sealed class SeatOffers(
    ApplicationsDbContext db, IMailQueue mail, IMediator mediator, IOptions<SelectionOptions> options, Links.StatusLinkIssuer statusLinks,
    Mails.ApplicationMails mails, Mails.ApplicantTexts texts, TimeProvider clock)
{
    public Task LockSessionAsync(Guid sessionId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"selection|" + sessionId.ToString()}, 0))", ct);

    public Task<int> SeatsTakenAsync(Guid sessionId, CancellationToken ct) =>
        db.Applications.CountAsync(a => a.SessionId == sessionId && (a.Status == ApplicationStatus.Admitted || a.Status == ApplicationStatus.Confirmed), ct);

    /// <summary>Offers the freed seat to the first person waiting in the same category, if any.</summary>
    public async Task<Application?> OfferNextAsync(Guid sessionId, ApplicantCategory category, string rule, Guid decidedBy, CancellationToken ct)
    {
        var next = await db.Applications
            .Where(a => a.SessionId == sessionId && a.Category == category && a.Status == ApplicationStatus.Waitlisted)
            .OrderBy(a => a.WaitlistRank).ThenBy(a => a.SubmittedAt)
            .FirstOrDefaultAsync(ct);
        if (next is not null)
        {
            await AdmitAsync(next, rule, $"next on the {category} waitlist after a seat was freed", decidedBy, ct);
        }

        return next;
    }

    public async Task AdmitAsync(Application application, string rule, string reason, Guid decidedBy, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var rank = application.WaitlistRank ?? 0;
        var confirmBy = now.AddDays(options.Value.ConfirmWithinDays);
        application.Admit(confirmBy, now);
        await CloseWaitlistGapAsync(application.SessionId, application.Category, rank, ct);
        db.SelectionDecisions.Add(new SelectionDecisionRecord
        {
            Id = Guid.CreateVersion7(), RunId = Guid.CreateVersion7(), SessionId = application.SessionId, ApplicationId = application.Id,
            Category = application.Category, Decision = ApplicationStatus.Admitted, RankInCategory = rank, Rule = rule, Reason = reason,
            DecidedBy = decidedBy, DecidedAt = now,
        });
        db.Raise(new ApplicantAdmitted(application.Id, application.SessionId, application.Category, confirmBy));
        var session = (await mediator.Send(new GetSession(application.SessionId), ct)).Details;
        var link = await statusLinks.IssueAsync(application, Mails.ApplicationMails.SeatOfferedCategory, ct);
        await mail.EnqueueAsync(
            mails.SeatOffered(application, session, link, $"{Mails.ApplicationMails.SeatOfferedCategory}:{application.Id}:{now.ToUnixTimeMilliseconds()}"), ct);
        await texts.SeatToConfirmAsync([application], session, new Dictionary<Guid, Links.IssuedLink> { [application.Id] = link },
            now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), ct);
    }

    /// <summary>Everyone behind the person who left the waitlist moves up one place.</summary>
    public Task CloseWaitlistGapAsync(Guid sessionId, ApplicantCategory category, int leftRank, CancellationToken ct) =>
        leftRank <= 0
            ? Task.CompletedTask
            : db.Applications
                .Where(a => a.SessionId == sessionId && a.Category == category && a.Status == ApplicationStatus.Waitlisted && a.WaitlistRank > leftRank)
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.WaitlistRank, a => a.WaitlistRank - 1), ct);
}
