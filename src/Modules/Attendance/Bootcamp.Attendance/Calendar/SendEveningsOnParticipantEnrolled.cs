using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared;
using Bootcamp.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.Calendar;

/// <summary>
/// Someone enrolled gets their evenings: the session's facts and a calendar file of every evening still to come.
/// Attendance sends it because it owns the evenings (Sessions only knows the weekly pattern); the .ics it attaches has
/// the UIDs the later notices update. Handled once through the inbox; the mail's key (the participant) keeps it once
/// even if the inbox row were lost, and lets <see cref="ClassMeetings.GenerateClassMeetingsOnSessionScheduled"/> send
/// the same mail when the evenings come second.
/// </summary>
internal sealed class SendEveningsOnParticipantEnrolled(AttendanceDbContext db, TimeProvider clock, IMediator mediator, EveningMails mails)
    : IntegrationEventHandler<ParticipantEnrolled, AttendanceDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ParticipantEnrolled e, CancellationToken cancellationToken)
    {
        var today = ProgrammeTime.Today(Clock);
        var evenings = await Db.ClassMeetings.AsNoTracking()
            .Where(m => m.SessionId == e.SessionId && m.Date >= today && m.Status == ClassMeetingStatus.Scheduled)
            .OrderBy(m => m.Date)
            .ToListAsync(cancellationToken);
        // None yet can also mean the session's SessionScheduled is still to be handled (two events of one instant
        // are not ordered): the first generation of its evenings then mails everyone already enrolled.
        if (evenings.Count == 0)
        {
            return;
        }

        var session = await mediator.Send(new GetSession(e.SessionId), cancellationToken);
        await mails.EnrolledAsync(e.ParticipantId, e.FirstName, e.LastName, e.Email, e.PreferredLanguage, session.Details, evenings, cancellationToken);
    }
}
