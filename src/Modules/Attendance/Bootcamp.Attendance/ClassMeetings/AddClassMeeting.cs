using System.Globalization;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Attendance.Resources;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.ClassMeetings;

internal sealed class AddClassMeetingValidator : AbstractValidator<AddClassMeeting>
{
    /// <summary>How far before the start or after the end a make-up class may be.</summary>
    public const int SlackDays = 28;

    public AddClassMeetingValidator(AttendanceDbContext db, IMediator mediator)
    {
        RuleFor(c => c.Date).NotEmpty().WithMessage(_ => AttendanceMessages.DateRequired);
        RuleFor(c => c.EndsAt).GreaterThan(c => c.StartsAt).WithMessage(_ => AttendanceMessages.MeetingEndBeforeStart);
        RuleFor(c => c.Note).MaximumLength(ClassMeeting.MaxNoteLength).WithMessage(_ => AttendanceMessages.NoteTooLong);
        RuleFor(c => c.Date).CustomAsync(async (date, context, ct) =>
        {
            if (date == default)
            {
                return;
            }

            // An unknown session is a 404 (GetSession throws), not a field message.
            var session = await mediator.Send(new GetSession(context.InstanceToValidate.SessionId), ct);
            var (start, end) = (session.Details.StartDate, session.Details.EndDate);
            if (date < start.AddDays(-SlackDays) || date > end.AddDays(SlackDays))
            {
                var culture = CultureInfo.CurrentCulture;
                context.AddFailure(nameof(AddClassMeeting.Date), string.Format(
                    culture, AttendanceMessages.MeetingDateOutsideSession, start.ToString("D", culture), end.ToString("D", culture)));
            }
            else if (await db.ClassMeetings.AnyAsync(m => m.SessionId == session.Id && m.Date == date, ct))
            {
                context.AddFailure(nameof(AddClassMeeting.Date), AttendanceMessages.MeetingDateTaken);
            }
        });
    }
}

internal sealed class AddClassMeetingHandler(AttendanceDbContext db) : IRequestHandler<AddClassMeeting, Guid>
{
    public async Task<Guid> Handle(AddClassMeeting request, CancellationToken cancellationToken)
    {
        var meeting = new ClassMeeting
        {
            Id = Guid.CreateVersion7(),
            SessionId = request.SessionId,
            Date = request.Date,
            StartsAt = request.StartsAt,
            EndsAt = request.EndsAt,
            Status = ClassMeetingStatus.Scheduled,
            FromSchedule = false,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
        };
        db.ClassMeetings.Add(meeting);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Two staff adding the same evening at once: the validator could not see the other one yet.
            throw ValidationFailedException.For(nameof(AddClassMeeting.Date), AttendanceMessages.MeetingDateTaken);
        }

        return meeting.Id;
    }
}
