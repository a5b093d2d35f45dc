using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Attendance.Resources;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.Marks;

internal sealed class GetAttendanceSheetHandler(AttendanceDbContext db, IMediator mediator, AttendanceSheets sheets)
    : IRequestHandler<GetAttendanceSheet, AttendanceSheetDto>
{
    public async Task<AttendanceSheetDto> Handle(GetAttendanceSheet request, CancellationToken cancellationToken)
    {
        var meeting = await db.ClassMeetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken)
            ?? throw new NotFoundException(AttendanceMessages.MeetingNotFound);
        var roster = await mediator.Send(new GetRoster(meeting.SessionId), cancellationToken);
        return await sheets.BuildAsync(meeting, roster, cancellationToken);
    }
}
