using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Attendance.Resources;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.ClassMeetings;

internal sealed class GetClassMeetingsHandler(AttendanceDbContext db) : IRequestHandler<GetClassMeetings, IReadOnlyList<ClassMeetingDto>>
{
    public async Task<IReadOnlyList<ClassMeetingDto>> Handle(GetClassMeetings request, CancellationToken cancellationToken)
    {
        var meetings = await db.ClassMeetings.AsNoTracking()
            .Where(m => m.SessionId == request.SessionId)
            .OrderBy(m => m.Date)
            .ToListAsync(cancellationToken);
        return [.. meetings.Select(m => m.ToDto())];
    }
}

internal sealed class GetClassMeetingHandler(AttendanceDbContext db) : IRequestHandler<GetClassMeeting, ClassMeetingDto>
{
    public async Task<ClassMeetingDto> Handle(GetClassMeeting request, CancellationToken cancellationToken)
    {
        var meeting = await db.ClassMeetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken)
            ?? throw new NotFoundException(AttendanceMessages.MeetingNotFound);
        return meeting.ToDto();
    }
}

/// <summary>A cancelled evening is returned too (with its status and reason), so tonight's page can say why there is
/// no class rather than pretend there never was one.</summary>
internal sealed class GetMeetingOnHandler(AttendanceDbContext db) : IRequestHandler<GetMeetingOn, ClassMeetingDto?>
{
    public async Task<ClassMeetingDto?> Handle(GetMeetingOn request, CancellationToken cancellationToken)
    {
        var meeting = await db.ClassMeetings.AsNoTracking()
            .FirstOrDefaultAsync(m => m.SessionId == request.SessionId && m.Date == request.Today, cancellationToken);
        return meeting?.ToDto();
    }
}
