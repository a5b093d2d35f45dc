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

    /// <summary>The evening's version in people's calendars (RFC 5545 SEQUENCE): raised by every change they must see,
    /// so their client replaces its copy (same UID) instead of keeping the old one. It also tells one change's notice
    /// from the next in the mail queue's deduplication key.</summary>
    public int Sequence { get; set; }

    public static ClassMeeting MakeUp(Guid sessionId, DateOnly date, TimeOnly startsAt, TimeOnly endsAt, string? note) => new()
    {
        Id = Guid.CreateVersion7(),
        SessionId = sessionId,
        Date = date,
        StartsAt = startsAt,
        EndsAt = endsAt,
        Status = ClassMeetingStatus.Scheduled,
        FromSchedule = false,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
    };

    /// <summary>True when the evening was on and is now cancelled; cancelling it again only rewords the reason, which
    /// people were already told about, so it is no new version.</summary>
    public bool Cancel(string reason)
    {
        Note = reason.Trim();
        if (Status == ClassMeetingStatus.Cancelled)
        {
            return false;
        }

        Status = ClassMeetingStatus.Cancelled;
        Sequence++;
        return true;
    }

    /// <summary>True when a cancelled evening is back on.</summary>
    public bool Restore()
    {
        if (Status != ClassMeetingStatus.Cancelled)
        {
            return false;
        }

        Status = ClassMeetingStatus.Scheduled;
        Sequence++;
        // The cancellation reason no longer describes a scheduled evening; a make-up class keeps its note.
        if (FromSchedule)
        {
            Note = null;
        }

        return true;
    }

    /// <summary>New hours from the session's schedule; a real change is a new version in people's calendars.</summary>
    public void Reschedule(TimeOnly startsAt, TimeOnly endsAt)
    {
        if (StartsAt != startsAt || EndsAt != endsAt)
        {
            StartsAt = startsAt;
            EndsAt = endsAt;
            Sequence++;
        }
    }

    public ClassMeetingDto ToDto() => new(Id, SessionId, Date, StartsAt, EndsAt, Status, FromSchedule, Note);
}
