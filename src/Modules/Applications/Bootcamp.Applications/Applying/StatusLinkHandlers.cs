using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.Resources;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Privacy;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.Applying;

internal static class StatusLinks
{
    /// <summary>The application behind a live status link; an unknown, expired or retired link is the same 404, so a
    /// guess learns nothing.</summary>
    public static async Task<Application> FindAsync(ApplicationsDbContext db, string token, bool track, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            throw new NotFoundException(ApplicationsMessages.ApplicationNotFound);
        }

        var hash = SensitiveData.HashToken(token);
        var now = db.Now.GetUtcNow();
        var query = track ? db.Applications : db.Applications.AsNoTracking();
        return await query.FirstOrDefaultAsync(a => db.StatusLinks.Any(l => l.ApplicationId == a.Id && l.TokenHash == hash && l.ExpiresAt > now), ct)
            ?? throw new NotFoundException(ApplicationsMessages.ApplicationNotFound);
    }
}

internal sealed class GetApplicationByTokenHandler(ApplicationsDbContext db) : IRequestHandler<GetApplicationByToken, ApplicationStatusDto>
{
    public async Task<ApplicationStatusDto> Handle(GetApplicationByToken request, CancellationToken cancellationToken)
    {
        var a = await StatusLinks.FindAsync(db, request.Token, track: false, cancellationToken);
        return new ApplicationStatusDto(a.Id, a.SessionId, a.FirstName, a.Phone, a.PreferredLanguage, a.Status, a.SubmittedAt, a.ConfirmBy,
            await ConsentLedger.CurrentAsync(db, a.Id, cancellationToken))
        {
            CanWithdraw = a.CanWithdraw,
            CanChangeContact = a.CanChangeContact,
            AwaitsConfirmation = a.AwaitsConfirmation,
        };
    }
}

internal sealed class WithdrawApplicationHandler(ApplicationsDbContext db, Waitlist.SeatOffers seats, Notices.ApplicantNotices notices, TimeProvider clock)
    : IRequestHandler<WithdrawApplication, Guid>
{
    public async Task<Guid> Handle(WithdrawApplication request, CancellationToken cancellationToken)
    {
        var found = await StatusLinks.FindAsync(db, request.Token, track: false, cancellationToken);
        await seats.LockSessionAsync(found.SessionId, cancellationToken);
        var a = await db.Applications.SingleAsync(x => x.Id == found.Id, cancellationToken);
        if (a.Withdraw(request.Reason, clock.GetUtcNow()) is not { } previous)
        {
            return a.Id; // a second click changes nothing
        }

        db.Raise(new ApplicationWithdrawn(a.Id, a.SessionId, a.Category, previous));
        await notices.WithdrawnAsync(a, cancellationToken);
        if (previous is ApplicationStatus.Admitted or ApplicationStatus.Confirmed)
        {
            // The seat goes to the next person of the same category, so the 70/30 balance holds.
            await seats.OfferNextAsync(a.SessionId, a.Category, "WaitlistAfterWithdrawal", Guid.Empty, cancellationToken);
        }
        else if (previous is ApplicationStatus.Waitlisted && a.WaitlistRank is { } rank)
        {
            await seats.CloseWaitlistGapAsync(a.SessionId, a.Category, rank, cancellationToken);
            a.WaitlistRank = null;
        }

        return a.Id;
    }
}
