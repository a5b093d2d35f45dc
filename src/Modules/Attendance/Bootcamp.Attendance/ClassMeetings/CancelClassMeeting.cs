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

/// <summary>Marks already taken that evening stay in the database; the rules ignore cancelled meetings.</summary>
internal sealed class CancelClassMeetingHandler(AttendanceDbContext db) : IRequestHandler<CancelClassMeeting, Guid>
{
    public async Task<Guid> Handle(CancelClassMeeting request, CancellationToken cancellationToken)
    {
        var meeting = await db.ClassMeetings.FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken)
            ?? throw new NotFoundException(AttendanceMessages.MeetingNotFound);
        meeting.Status = ClassMeetingStatus.Cancelled;
        meeting.Note = request.Reason.Trim();
        return meeting.Id;
    }
}

internal sealed class RestoreClassMeetingHandler(AttendanceDbContext db) : IRequestHandler<RestoreClassMeeting, Guid>
{
    public async Task<Guid> Handle(RestoreClassMeeting request, CancellationToken cancellationToken)
    {
        var meeting = await db.ClassMeetings.FirstOrDefaultAsync(m => m.Id == request.MeetingId, cancellationToken)
            ?? throw new NotFoundException(AttendanceMessages.MeetingNotFound);
        if (meeting.Status == ClassMeetingStatus.Cancelled)
        {
            meeting.Status = ClassMeetingStatus.Scheduled;
            // The cancellation reason no longer describes a scheduled evening; a make-up class keeps its note.
            if (meeting.FromSchedule)
            {
                meeting.Note = null;
            }
        }

        return meeting.Id;
    }
}
