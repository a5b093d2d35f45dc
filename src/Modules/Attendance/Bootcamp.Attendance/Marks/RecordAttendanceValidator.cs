using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Attendance.Resources;
using FluentValidation;

namespace Bootcamp.Attendance.Marks;

internal sealed class RecordAttendanceValidator : AbstractValidator<RecordAttendance>
{
    public RecordAttendanceValidator()
    {
        RuleFor(r => r.MeetingId).NotEmpty().WithMessage(_ => AttendanceMessages.MeetingNotFound);
        RuleFor(r => r.Entries).NotEmpty().WithMessage(_ => AttendanceMessages.EntriesRequired)
            .Must(e => e.Select(x => x.ParticipantId).Distinct().Count() == e.Count).WithMessage(_ => AttendanceMessages.DuplicateParticipant);
        RuleForEach(r => r.Entries).ChildRules(entry =>
        {
            entry.RuleFor(e => e.ParticipantId).NotEmpty().WithMessage(_ => AttendanceMessages.NotOnRoster);
            // An entry without a mark would otherwise bind to the enum's first value and record someone as present.
            entry.RuleFor(e => e.Mark).NotNull().WithMessage(_ => AttendanceMessages.MarkRequired)
                .IsInEnum().WithMessage(_ => AttendanceMessages.MarkInvalid);
            entry.RuleFor(e => e.Note).MaximumLength(AttendanceRecord.MaxNoteLength).WithMessage(_ => AttendanceMessages.NoteTooLong);
        });
    }
}
