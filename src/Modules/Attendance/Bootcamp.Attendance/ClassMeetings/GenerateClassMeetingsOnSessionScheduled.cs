using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared;
using Bootcamp.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.ClassMeetings;

/// <summary>
/// Turns a session's evening schedule into class meetings. A schedule change regenerates only meetings from today on:
/// what already happened (and its attendance) is history and stays as it was. A session seen for the first time gets
/// all its meetings, past ones included (a session recorded after the fact).
/// </summary>
internal sealed class GenerateClassMeetingsOnSessionScheduled(AttendanceDbContext db, TimeProvider clock)
    : IntegrationEventHandler<SessionScheduled, AttendanceDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(SessionScheduled integrationEvent, CancellationToken cancellationToken)
    {
        var firstSchedule = !await Db.ClassMeetings.AnyAsync(m => m.SessionId == integrationEvent.SessionId, cancellationToken);
        var today = firstSchedule ? DateOnly.MinValue : ProgrammeTime.Today(Clock);
        var existing = await Db.ClassMeetings
            .Where(m => m.SessionId == integrationEvent.SessionId && m.Date >= today && m.FromSchedule)
            .ToListAsync(cancellationToken);
        Db.ClassMeetings.RemoveRange(existing);

        var keptDates = await Db.ClassMeetings
            .Where(m => m.SessionId == integrationEvent.SessionId && (m.Date < today || !m.FromSchedule))
            .Select(m => m.Date)
            .ToListAsync(cancellationToken);

        var from = integrationEvent.StartDate > today ? integrationEvent.StartDate : today;
        foreach (var date in ProgrammeCalendar.Evenings(from, integrationEvent.EndDate, integrationEvent.Days).Except(keptDates))
        {
            Db.ClassMeetings.Add(new ClassMeeting
            {
                Id = Guid.CreateVersion7(),
                SessionId = integrationEvent.SessionId,
                Date = date,
                StartsAt = integrationEvent.StartsAt,
                EndsAt = integrationEvent.EndsAt,
                Status = ClassMeetingStatus.Scheduled,
                FromSchedule = true,
            });
        }
    }
}
