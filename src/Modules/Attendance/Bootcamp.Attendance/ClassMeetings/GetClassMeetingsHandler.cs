using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.ClassMeetings;

internal sealed class GetClassMeetingsHandler(AttendanceDbContext db) : IRequestHandler<GetClassMeetings, IReadOnlyList<ClassMeetingDto>>
{
    public async Task<IReadOnlyList<ClassMeetingDto>> Handle(GetClassMeetings request, CancellationToken cancellationToken) =>
        await db.ClassMeetings.AsNoTracking()
            .Where(m => m.SessionId == request.SessionId)
            .OrderBy(m => m.Date)
            .Select(m => new ClassMeetingDto(m.Id, m.SessionId, m.Date, m.StartsAt, m.EndsAt, m.Status))
            .ToListAsync(cancellationToken);
}
