using Bootcamp.Attendance.Calendar;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Attendance.Resources;
using Bootcamp.Shared.Contracts;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.ClassMeetings;

internal sealed class CancelClassMeetingValidator : AbstractValidator<CancelClassMeeting>
{
    public CancelClassMeetingValidator() =>
        RuleFor(c => c.Reason).NotEmpty().WithMessage(_ => AttendanceMessages.CancelReasonRequired)
            .MaximumLength(300).WithMessage(_ => AttendanceMessages.ReasonTooLong);
}

/// <summary>Marks already taken that evening stay in the database; the rules ignore cancelled meetings. An evening
/// still to come that is called off is told to everyone enrolled, in this transaction (see <see cref="EveningNotices"/>).</summary>
internal sealed class CancelClassMeetingHandler(AttendanceDbContext db, EveningNotices notices) : IRequestHandler<CancelClassMeeting, Guid>
{
    public async Task<Guid> Handle(CancelClassMeeting request, CancellationToken cancellationToken)
    {
        var meeting = await db.ClassMeetings.FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken)
            ?? throw new NotFoundException(AttendanceMessages.MeetingNotFound);
        if (meeting.Cancel(request.Reason))
        {
            await notices.ChangedAsync(meeting, EveningChange.Cancelled, cancellationToken);
        }

        return meeting.Id;
    }
}

internal sealed class RestoreClassMeetingHandler(AttendanceDbContext db, EveningNotices notices) : IRequestHandler<RestoreClassMeeting, Guid>
{
    public async Task<Guid> Handle(RestoreClassMeeting request, CancellationToken cancellationToken)
    {
        var meeting = await db.ClassMeetings.FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken)
            ?? throw new NotFoundException(AttendanceMessages.MeetingNotFound);
        if (meeting.Restore())
        {
            await notices.ChangedAsync(meeting, EveningChange.Restored, cancellationToken);
        }

        return meeting.Id;
    }
}
