using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Attendance.Contracts;

namespace Bootcamp.Attendance.Persistence;

/// <summary>One participant's mark at one class meeting.</summary>
internal sealed class AttendanceRecord
{
    public const int MaxNoteLength = 500;

    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }

    /// <summary>Copied from the meeting so a session's marks are read without a join.</summary>
    public Guid SessionId { get; set; }

    public Guid ParticipantId { get; set; }
    public AttendanceMark Mark { get; set; }
    [PersonalData]
    public string? Note { get; set; }
    public Guid RecordedBy { get; set; }
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>1 when first recorded, +1 at every change. An explicit counter rather than xmin: it only moves when the
    /// mark does, and 0 can mean "never marked" on the sheet.</summary>
    public int Version { get; set; }

    /// <summary>Erasure: the mark stays (the attendance rate and completion count it), the note about the person goes.
    /// The version does not move: nothing a teacher sees changed but the note.</summary>
    public bool ForgetNote()
    {
        if (Note is null)
        {
            return false;
        }

        Note = null;
        return true;
    }
}

/// <summary>A change to a mark after it was first recorded: the audit trail staff read.</summary>
internal sealed class AttendanceCorrection
{
    public Guid Id { get; set; }
    public Guid MeetingId { get; set; }
    public Guid SessionId { get; set; }
    public Guid ParticipantId { get; set; }
    public AttendanceMark? FromMark { get; set; }
    public AttendanceMark ToMark { get; set; }
    [PersonalData]
    public string? FromNote { get; set; }
    [PersonalData]
    public string? ToNote { get; set; }
    public Guid ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
