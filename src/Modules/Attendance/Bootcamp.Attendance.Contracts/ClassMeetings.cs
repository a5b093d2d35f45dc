using Bootcamp.Shared.Contracts;

namespace Bootcamp.Attendance.Contracts;

public enum ClassMeetingStatus
{
    Scheduled,
    Cancelled,
}

public sealed record ClassMeetingDto(Guid Id, Guid SessionId, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, ClassMeetingStatus Status);

/// <summary>The class meetings of a session, in date order.</summary>
public sealed record GetClassMeetings(Guid SessionId) : IQuery<IReadOnlyList<ClassMeetingDto>>;
