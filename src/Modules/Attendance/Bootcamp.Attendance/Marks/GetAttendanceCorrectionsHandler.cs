using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.Marks;

/// <summary>The audit trail of a session's marks, newest first.</summary>
internal sealed class GetAttendanceCorrectionsHandler(AttendanceDbContext db, IMediator mediator)
    : IRequestHandler<GetAttendanceCorrections, IReadOnlyList<AttendanceCorrectionDto>>
{
    public async Task<IReadOnlyList<AttendanceCorrectionDto>> Handle(GetAttendanceCorrections request, CancellationToken cancellationToken)
    {
        var corrections = await (
                from c in db.AttendanceCorrections.AsNoTracking()
                join m in db.ClassMeetings.AsNoTracking() on c.MeetingId equals m.Id
                where c.SessionId == request.SessionId
                orderby c.ChangedAt descending, c.Id descending
                select new { Correction = c, m.Date })
            .ToListAsync(cancellationToken);
        if (corrections.Count == 0)
        {
            return [];
        }

        var roster = (await mediator.Send(new GetRoster(request.SessionId), cancellationToken)).ToDictionary(p => p.Id);
        var editors = corrections.Select(c => c.Correction.ChangedBy).Distinct().ToList();
        var names = await mediator.Send(new GetTeamMemberNames(editors), cancellationToken);
        return
        [
            .. corrections.Select(x =>
            {
                var c = x.Correction;
                var person = roster.GetValueOrDefault(c.ParticipantId);
                return new AttendanceCorrectionDto(
                    c.MeetingId, x.Date, c.ParticipantId, person is null ? "" : $"{person.FirstName} {person.LastName}", c.FromMark, c.ToMark,
                    c.FromNote, c.ToNote, c.ChangedBy, names.GetValueOrDefault(c.ChangedBy), c.ChangedAt);
            }),
        ];
    }
}
