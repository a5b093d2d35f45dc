using System.Globalization;
using Bootcamp.Attendance.Calendar;
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

/// <summary>A make-up class still to come is told to everyone enrolled, in this transaction (<see cref="EveningNotices"/>).</summary>
internal sealed class AddClassMeetingHandler(AttendanceDbContext db, EveningNotices notices) : IRequestHandler<AddClassMeeting, Guid>
{
    public async Task<Guid> Handle(AddClassMeeting request, CancellationToken cancellationToken)
    {
        var meeting = ClassMeeting.MakeUp(request.SessionId, request.Date, request.StartsAt, request.EndsAt, request.Note);
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

        await notices.ChangedAsync(meeting, EveningChange.Added, cancellationToken);

        return meeting.Id;
    }
}
