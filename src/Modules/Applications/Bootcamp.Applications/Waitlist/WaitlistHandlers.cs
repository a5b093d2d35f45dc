using Bootcamp.Applications.Applying;
using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.Resources;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.Waitlist;

internal sealed class ConfirmSeatHandler(ApplicationsDbContext db, SeatOffers seats, TimeProvider clock) : IRequestHandler<ConfirmSeat, Guid>
{
    public async Task<Guid> Handle(ConfirmSeat request, CancellationToken cancellationToken)
    {
        var found = await StatusLinks.FindAsync(db, request.Token, track: false, cancellationToken);
        await seats.LockSessionAsync(found.SessionId, cancellationToken);
        var application = await db.Applications.SingleAsync(a => a.Id == found.Id, cancellationToken);
        if (application.Confirm(clock.GetUtcNow()))
        {
            db.Raise(new SeatConfirmed(application.Id, application.SessionId, application.Category, application.FirstName,
                application.LastName, application.Email, application.Phone, application.PreferredLanguage));
        }

        return application.Id;
    }
}

internal sealed class PromoteFromWaitlistValidator : AbstractValidator<PromoteFromWaitlist>
{
    public PromoteFromWaitlistValidator() =>
        RuleFor(p => p.Reason).NotEmpty().WithMessage(_ => ApplicationsMessages.PromotionReasonRequired).MaximumLength(300);
}

internal sealed class PromoteFromWaitlistHandler(ApplicationsDbContext db, SeatOffers seats, IMediator mediator) : IRequestHandler<PromoteFromWaitlist, Guid>
{
    public async Task<Guid> Handle(PromoteFromWaitlist request, CancellationToken cancellationToken)
    {
        var sessionId = await db.Applications.Where(a => a.Id == request.ApplicationId).Select(a => (Guid?)a.SessionId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(ApplicationsMessages.ApplicationNotFound);
        await seats.LockSessionAsync(sessionId, cancellationToken);

        var application = await db.Applications.SingleAsync(a => a.Id == request.ApplicationId, cancellationToken);
        if (!application.CanBePromoted)
        {
            throw new ConflictException(ApplicationsMessages.NotOnWaitlist);
        }

        var session = await mediator.Send(new GetSession(sessionId), cancellationToken);
        if (await seats.SeatsTakenAsync(sessionId, cancellationToken) >= session.Details.Capacity)
        {
            throw new ConflictException(ApplicationsMessages.NoFreeSeat);
        }

        await seats.AdmitAsync(application, "StaffPromotion", request.Reason.Trim(), request.DecidedBy, cancellationToken);
        return application.Id;
    }
}

internal sealed class ReleaseExpiredSeatsHandler(ApplicationsDbContext db, SeatOffers seats, TimeProvider clock) : IRequestHandler<ReleaseExpiredSeats, int>
{
    public async Task<int> Handle(ReleaseExpiredSeats request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = await db.Applications.AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.Admitted && a.ConfirmBy < now)
            .Select(a => new { a.Id, a.SessionId })
            .ToListAsync(cancellationToken);
        foreach (var sessionId in expired.Select(e => e.SessionId).Distinct())
        {
            await seats.LockSessionAsync(sessionId, cancellationToken);
        }

        var released = 0;
        foreach (var id in expired.Select(e => e.Id))
        {
            // Re-read under the lock: the person may have confirmed a moment ago.
            var application = await db.Applications.SingleAsync(a => a.Id == id, cancellationToken);
            if (!application.Release(now))
            {
                continue;
            }

            db.Raise(new SeatReleased(application.Id, application.SessionId, application.Category));
            await seats.OfferNextAsync(application.SessionId, application.Category, "WaitlistAfterRelease", Guid.Empty, cancellationToken);
            released++;
        }

        return released;
    }
}
