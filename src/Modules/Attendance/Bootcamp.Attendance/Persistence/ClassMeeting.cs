using Bootcamp.Attendance.Contracts;

namespace Bootcamp.Attendance.Persistence;

internal sealed class ClassMeeting
{
    public const int MaxNoteLength = 500;

    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly StartsAt { get; set; }
    public TimeOnly EndsAt { get; set; }
    public ClassMeetingStatus Status { get; set; }

    /// <summary>False for make-up classes added by staff: regeneration from the schedule leaves those alone.</summary>
    public bool FromSchedule { get; set; }

    /// <summary>Why staff cancelled or added the evening.</summary>
    public string? Note { get; set; }

    public ClassMeetingDto ToDto() => new(Id, SessionId, Date, StartsAt, EndsAt, Status, FromSchedule, Note);
}
