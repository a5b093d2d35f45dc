using Bootcamp.Shared.Contracts;

namespace Bootcamp.Attendance.Contracts;

public enum ClassMeetingStatus
{
    Scheduled,
    Cancelled,
}

/// <param name="FromSchedule">False for a make-up class added by staff.</param>
/// <param name="Note">Why it was cancelled or added (a holiday, a make-up class…), as staff wrote it.</param>
public sealed record ClassMeetingDto(
    Guid Id, Guid SessionId, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, ClassMeetingStatus Status,
    bool FromSchedule = true, string? Note = null);

/// <summary>The class meetings of a session, in date order.</summary>
public sealed record GetClassMeetings(Guid SessionId) : IQuery<IReadOnlyList<ClassMeetingDto>>;

public sealed record GetClassMeeting(Guid MeetingId) : IQuery<ClassMeetingDto>;

/// <summary>The meeting on <paramref name="Today"/> (Montréal date), or null when none is planned that evening. A cancelled
/// evening is returned too, with its status and reason, so a page can say why there is no class tonight.</summary>
public sealed record GetMeetingOn(Guid SessionId, DateOnly Today) : IQuery<ClassMeetingDto?>;

/// <summary>Cancels one evening (a holiday, a storm). Its attendance marks, if any, are kept but no longer count.</summary>
public sealed record CancelClassMeeting(Guid MeetingId, string Reason) : ICommand<Guid>;

/// <summary>Puts a cancelled evening back.</summary>
public sealed record RestoreClassMeeting(Guid MeetingId) : ICommand<Guid>;

/// <summary>Adds a make-up class. Regenerating the schedule never removes it.</summary>
public sealed record AddClassMeeting(Guid SessionId, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string? Note) : ICommand<Guid>;

/// <summary>The meetings of these sessions on <paramref name="Day"/> (Montréal date), cancelled ones included: the homes
/// ask once for all the sessions a person teaches.</summary>
public sealed record GetMeetingsOn(IReadOnlyCollection<Guid> SessionIds, DateOnly Day) : IQuery<IReadOnlyList<ClassMeetingDto>>;
