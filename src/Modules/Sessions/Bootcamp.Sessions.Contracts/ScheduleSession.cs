using Bootcamp.Shared.Contracts;

namespace Bootcamp.Sessions.Contracts;

/// <summary>Plans an evening session of a track. Returns the new session's id.</summary>
public sealed record ScheduleSession(
    string Title,
    string Track,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<DayOfWeek> Days,
    TimeOnly StartsAt,
    TimeOnly EndsAt,
    int Capacity,
    int NewcomerSharePercent = 70) : ICommand<Guid>;

/// <summary>Raised when a session is planned or its schedule changes: Attendance (re)generates its class meetings.</summary>
public sealed record SessionScheduled(
    Guid SessionId,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<DayOfWeek> Days,
    TimeOnly StartsAt,
    TimeOnly EndsAt) : IntegrationEvent;
