using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Attendance.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Attendance.Summary;

/// <summary>Reads one session's meetings and marks and runs <see cref="AttendanceRules"/> on them.</summary>
internal sealed class SessionAttendance(AttendanceDbContext db, IOptions<AttendanceOptions> options)
{
    public async Task<(int Held, IReadOnlyList<ParticipantTally> Tallies)> TallyAsync(
        Guid sessionId, DateOnly sessionStart, IEnumerable<Guid> participantIds, DateOnly asOf, CancellationToken cancellationToken)
    {
        var meetings = await db.ClassMeetings.AsNoTracking()
            .Where(m => m.SessionId == sessionId)
            .Select(m => new MeetingFacts(m.Id, m.Date, m.Status == ClassMeetingStatus.Cancelled))
            .ToListAsync(cancellationToken);
        var marks = await db.AttendanceRecords.AsNoTracking()
            .Where(r => r.SessionId == sessionId)
            .Select(r => new MarkFacts(r.MeetingId, r.ParticipantId, r.Mark))
            .ToListAsync(cancellationToken);
        var held = AttendanceRules.HeldMeetings(meetings, marks, asOf).Count;
        return (held, AttendanceRules.TallyAll(participantIds, meetings, marks, sessionStart, asOf, RuleSettings.From(options.Value)));
    }
}
