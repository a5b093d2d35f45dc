using Bootcamp.Attendance.Contracts;

namespace Bootcamp.Attendance.Persistence;

internal sealed class ClassMeeting
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly StartsAt { get; set; }
    public TimeOnly EndsAt { get; set; }
    public ClassMeetingStatus Status { get; set; }

    /// <summary>False for make-up classes added by staff: regeneration from the schedule leaves those alone.</summary>
    public bool FromSchedule { get; set; }
}
