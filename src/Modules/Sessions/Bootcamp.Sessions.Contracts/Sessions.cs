using Bootcamp.Shared.Contracts;

namespace Bootcamp.Sessions.Contracts;

public enum DeliveryMode
{
    InPerson,
    Online,
    Hybrid,
}

/// <summary>Everything staff decide when they plan a session.</summary>
public sealed record SessionDetails
{
    public Guid TrackId { get; init; }
    public string Title { get; init; } = "";
    public DateOnly StartDate { get; init; }
    public DateOnly EndDate { get; init; }

    /// <summary>Sessions last 4 to 8 weeks; staff may explicitly allow another length.</summary>
    public bool AllowUnusualLength { get; init; }

    // A List, not []: form binding fills the existing collection, and [] would be a read-only array it silently skips.
    public IReadOnlyList<DayOfWeek> Days { get; init; } = new List<DayOfWeek>();
    public TimeOnly StartsAt { get; init; }
    public TimeOnly EndsAt { get; init; }
    public DeliveryMode Delivery { get; init; }
    public string? Location { get; init; }
    public string? OnlineLink { get; init; }
    public int Capacity { get; init; }

    /// <summary>Share of seats for newcomers, in percent (the programme's 70/30 by default).</summary>
    public int NewcomerSharePercent { get; init; } = 70;

    public DateOnly ApplicationOpensOn { get; init; }
    public DateOnly ApplicationClosesOn { get; init; }
    public string? ChatChannelUrl { get; init; }
    public IReadOnlyList<Guid> InstructorIds { get; init; } = new List<Guid>();
}

/// <summary>Plans a new session. Returns its id.</summary>
public sealed record ScheduleSession(SessionDetails Details) : ICommand<Guid>;

/// <summary>Changes a session. <see cref="Version"/> is the one the editor read: a concurrent change is refused.</summary>
public sealed record UpdateSession(Guid SessionId, SessionDetails Details, uint Version) : ICommand<Guid>;

public sealed record SessionDto(Guid Id, TrackDto Track, SessionDetails Details, uint Version, DateTimeOffset CreatedAt);

public sealed record SessionSummaryDto(
    Guid Id, string Title, TrackDto Track, DateOnly StartDate, DateOnly EndDate, IReadOnlyList<DayOfWeek> Days,
    TimeOnly StartsAt, TimeOnly EndsAt, DeliveryMode Delivery, string? Location, int Capacity, int NewcomerSharePercent,
    DateOnly ApplicationOpensOn, DateOnly ApplicationClosesOn);

public sealed record GetSession(Guid SessionId) : IQuery<SessionDto>;

/// <summary>Staff list, newest first, filterable by year of start and track.</summary>
public sealed record GetSessions(int Page = 1, int PageSize = Paging.DefaultPageSize, int? Year = null, Guid? TrackId = null)
    : IQuery<PagedResult<SessionSummaryDto>>;

/// <summary>What the public sees: sessions whose application window is open on <paramref name="Today"/> or opens later.</summary>
/// <summary>The titles of these sessions, for pages that list rows of several sessions; unknown ids are absent.</summary>
public sealed record GetSessionTitles(IReadOnlyCollection<Guid> SessionIds) : IQuery<IReadOnlyDictionary<Guid, string>>;

public sealed record GetUpcomingSessions(DateOnly Today) : IQuery<IReadOnlyList<SessionSummaryDto>>;

/// <summary>Raised when a session is planned or its schedule changes: Attendance (re)generates its class meetings.</summary>
public sealed record SessionScheduled(
    Guid SessionId,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<DayOfWeek> Days,
    TimeOnly StartsAt,
    TimeOnly EndsAt) : IntegrationEvent;

/// <summary>Sessions in selection on <paramref name="Today"/>: their application window has opened and they have not
/// started yet, so applications wait for screening, seats for confirmation and people on the waitlist. Soonest first.</summary>
public sealed record GetSessionsInSelection(DateOnly Today) : IQuery<IReadOnlyList<SessionSummaryDto>>;
