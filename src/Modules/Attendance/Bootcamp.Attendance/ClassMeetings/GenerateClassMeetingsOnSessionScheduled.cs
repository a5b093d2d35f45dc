using Bootcamp.Attendance.Calendar;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared;
using Bootcamp.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.ClassMeetings;

/// <summary>
/// Turns a session's evening schedule into class meetings. A schedule change regenerates only meetings from today on:
/// what already happened (and its attendance) is history and stays as it was. A session seen for the first time gets
/// all its meetings, past ones included (a session recorded after the fact).
/// A future evening that is still on the new schedule is kept as it is, so a holiday staff cancelled stays cancelled
/// (with its reason) when, say, the end date moves; only evenings that left the schedule go, and an evening that already
/// has marks is never deleted.
/// </summary>
/// <remarks>
/// The first generation also mails "your evenings" to anyone already enrolled: their ParticipantEnrolled may have been
/// handled before this event, when there were no evenings to send (the mail's key keeps it to one per person).
/// </remarks>
internal sealed class GenerateClassMeetingsOnSessionScheduled(AttendanceDbContext db, TimeProvider clock, IMediator mediator, EveningMails mails)
    : IntegrationEventHandler<SessionScheduled, AttendanceDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(SessionScheduled integrationEvent, CancellationToken cancellationToken)
    {
        var sessionId = integrationEvent.SessionId;
        var firstSchedule = !await Db.ClassMeetings.AnyAsync(m => m.SessionId == sessionId, cancellationToken);
        var today = firstSchedule ? DateOnly.MinValue : ProgrammeTime.Today(Clock);
        var from = integrationEvent.StartDate > today ? integrationEvent.StartDate : today;
        var wanted = ProgrammeCalendar.Evenings(from, integrationEvent.EndDate, integrationEvent.Days).ToHashSet();

        var regenerable = await Db.ClassMeetings
            .Where(m => m.SessionId == sessionId && m.Date >= today && m.FromSchedule)
            .ToListAsync(cancellationToken);
        var regenerableIds = regenerable.Select(m => m.Id).ToList();
        var marked = (await Db.AttendanceRecords
                .Where(r => regenerableIds.Contains(r.MeetingId))
                .Select(r => r.MeetingId)
                .Distinct()
                .ToListAsync(cancellationToken))
            .ToHashSet();
        foreach (var meeting in regenerable)
        {
            if (wanted.Contains(meeting.Date))
            {
                meeting.Reschedule(integrationEvent.StartsAt, integrationEvent.EndsAt);
            }
            else if (!marked.Contains(meeting.Id))
            {
                Db.ClassMeetings.Remove(meeting);
            }
        }

        var taken = await Db.ClassMeetings
            .Where(m => m.SessionId == sessionId)
            .Select(m => m.Date)
            .ToListAsync(cancellationToken);
        var added = new List<ClassMeeting>();
        foreach (var date in wanted.Except(taken).Order())
        {
            var meeting = new ClassMeeting
            {
                Id = Guid.CreateVersion7(),
                SessionId = sessionId,
                Date = date,
                StartsAt = integrationEvent.StartsAt,
                EndsAt = integrationEvent.EndsAt,
                Status = ClassMeetingStatus.Scheduled,
                FromSchedule = true,
            };
            Db.ClassMeetings.Add(meeting);
            added.Add(meeting);
        }

        if (firstSchedule)
        {
            await MailEnrolledAsync(sessionId, added, cancellationToken);
        }
    }

    private async Task MailEnrolledAsync(Guid sessionId, List<ClassMeeting> meetings, CancellationToken cancellationToken)
    {
        var today = ProgrammeTime.Today(Clock);
        var evenings = meetings.Where(m => m.Date >= today).OrderBy(m => m.Date).ToList();
        if (evenings.Count == 0)
        {
            return;
        }

        var roster = (await mediator.Send(new GetRoster(sessionId), cancellationToken)).Where(p => p.Status == ParticipantStatus.Enrolled).ToList();
        if (roster.Count == 0)
        {
            return;
        }

        var session = (await mediator.Send(new GetSession(sessionId), cancellationToken)).Details;
        foreach (var p in roster)
        {
            await mails.EnrolledAsync(p.Id, p.FirstName, p.LastName, p.Email, p.PreferredLanguage, session, evenings, cancellationToken);
        }
    }
}
