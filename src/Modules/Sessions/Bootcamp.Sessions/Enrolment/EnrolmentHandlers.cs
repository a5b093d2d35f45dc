using Bootcamp.Applications.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Sessions.Resources;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.Enrolment;

/// <summary>A confirmed seat becomes a participant on the session's roster.</summary>
internal sealed class EnrolParticipantOnSeatConfirmed(SessionsDbContext db, TimeProvider clock)
    : IntegrationEventHandler<SeatConfirmed, SessionsDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(SeatConfirmed seat, CancellationToken cancellationToken)
    {
        if (await Db.Participants.AnyAsync(p => p.ApplicationId == seat.ApplicationId, cancellationToken))
        {
            return;
        }

        var session = await Db.Sessions.AsNoTracking().FirstAsync(s => s.Id == seat.SessionId, cancellationToken);
        var participant = new Participant
        {
            Id = Guid.CreateVersion7(),
            SessionId = seat.SessionId,
            ApplicationId = seat.ApplicationId,
            FirstName = seat.FirstName,
            LastName = seat.LastName,
            Email = seat.Email,
            Phone = seat.Phone,
            PreferredLanguage = seat.PreferredLanguage,
            Status = ParticipantStatus.Enrolled,
            EnrolledAt = Clock.GetUtcNow(),
        };
        Db.Participants.Add(participant);
        Db.Raise(new ParticipantEnrolled(
            participant.Id, session.Id, seat.ApplicationId, session.TrackId, session.StartDate, session.EndDate, seat.FirstName,
            seat.LastName, seat.Email, seat.PreferredLanguage));
    }
}

/// <summary>A participant who withdraws through their private link leaves the roster (kept, marked withdrawn).</summary>
internal sealed class WithdrawParticipantOnApplicationWithdrawn(SessionsDbContext db, TimeProvider clock)
    : IntegrationEventHandler<ApplicationWithdrawn, SessionsDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ApplicationWithdrawn withdrawn, CancellationToken cancellationToken)
    {
        var participant = await Db.Participants.FirstOrDefaultAsync(p => p.ApplicationId == withdrawn.ApplicationId, cancellationToken);
        if (participant?.Withdraw(WithdrawalReason.SelfWithdrawn, null, null, Clock.GetUtcNow(), ProgrammeTime.Today(Clock)) is { } withdrew)
        {
            Db.Raise(withdrew);
        }
    }
}

internal sealed class GetParticipantHandler(SessionsDbContext db) : IRequestHandler<GetParticipant, ParticipantDto>
{
    public async Task<ParticipantDto> Handle(GetParticipant request, CancellationToken cancellationToken)
    {
        var participant = await db.Participants.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.ParticipantId, cancellationToken)
            ?? throw new NotFoundException(SessionsMessages.ParticipantNotFound);
        return participant.ToDto();
    }
}

internal sealed class GetRosterHandler(SessionsDbContext db) : IRequestHandler<GetRoster, IReadOnlyList<ParticipantDto>>
{
    public async Task<IReadOnlyList<ParticipantDto>> Handle(GetRoster request, CancellationToken cancellationToken)
    {
        var participants = await db.Participants.AsNoTracking()
            .Where(p => p.SessionId == request.SessionId)
            .OrderBy(p => p.Status).ThenBy(p => p.LastName).ThenBy(p => p.FirstName)
            .ToListAsync(cancellationToken);
        return [.. participants.Select(p => p.ToDto())];
    }
}
