using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Attendance.Summary;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.Marks;

/// <summary>Builds an evening's sheet: the roster (Sessions' <see cref="GetRoster"/>) with this module's marks.</summary>
internal sealed class AttendanceSheets(AttendanceDbContext db, IMediator mediator, SessionAttendance attendance)
{
    public async Task<AttendanceSheetDto> BuildAsync(ClassMeeting meeting, IReadOnlyList<ParticipantDto> roster, CancellationToken cancellationToken)
    {
        var marks = await db.AttendanceRecords.AsNoTracking()
            .Where(r => r.MeetingId == meeting.Id)
            .ToDictionaryAsync(r => r.ParticipantId, cancellationToken);
        var shown = roster.Where(p => p.Status == ParticipantStatus.Enrolled || marks.ContainsKey(p.Id)).ToList();

        var session = await mediator.Send(new GetSession(meeting.SessionId), cancellationToken);
        var (_, tallies) = await attendance.TallyAsync(meeting.SessionId, session.Details.StartDate, shown.Select(p => p.Id), meeting.Date, cancellationToken);
        var atRisk = tallies.Where(t => t.AtRisk.Count > 0).Select(t => t.ParticipantId).ToHashSet();

        var rows = shown
            .OrderBy(p => p.LastName, StringComparer.CurrentCulture).ThenBy(p => p.FirstName, StringComparer.CurrentCulture)
            .Select(p =>
            {
                var mark = marks.GetValueOrDefault(p.Id);
                return new AttendanceSheetRow(
                    p.Id, p.FirstName, p.LastName, p.PreferredLanguage, mark?.Mark, mark?.Note, (uint)(mark?.Version ?? 0),
                    p.Status == ParticipantStatus.Enrolled && atRisk.Contains(p.Id));
            })
            .ToList();
        return new AttendanceSheetDto(meeting.ToDto(), rows);
    }
}
