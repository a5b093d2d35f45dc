using Bootcamp.Shared.Contracts;

namespace Bootcamp.Sessions.Contracts;

public enum ParticipantStatus
{
    Enrolled,
    Withdrawn,
}

/// <summary>Why a participant left before the end. <see cref="FoundJob"/> is passed to Placements as a lead.</summary>
public enum WithdrawalReason
{
    FoundJob,
    Schedule,
    Health,
    Family,
    Relocation,
    NoLongerInterested,
    NoShow,

    /// <summary>Withdrawn by the person themselves from their private link.</summary>
    SelfWithdrawn,
    Other,
}

/// <summary>A participant as the roster shows them: name, language and contact, nothing from the application.</summary>
/// <remarks>No default parameter values in contracts the API returns: the OpenAPI schema exporter fails on a Guid default.</remarks>
public sealed record ParticipantDto(
    Guid Id, Guid SessionId, string FirstName, string LastName, string Email, string? Phone, string PreferredLanguage,
    ParticipantStatus Status, DateTimeOffset EnrolledAt, string? WithdrawalNote, WithdrawalReason? WithdrawalReason,
    DateTimeOffset? WithdrawnAt, Guid ApplicationId);

public sealed record GetRoster(Guid SessionId) : IQuery<IReadOnlyList<ParticipantDto>>;

public sealed record GetParticipant(Guid ParticipantId) : IQuery<ParticipantDto>;

/// <summary>Staff record that a participant left, and why.</summary>
public sealed record WithdrawParticipant(Guid ParticipantId, WithdrawalReason Reason, string? Note, Guid RecordedBy) : ICommand<Guid>;

/// <summary>Raised when a participant leaves the roster, whoever recorded it.</summary>
public sealed record ParticipantWithdrew(
    Guid ParticipantId, Guid SessionId, Guid ApplicationId, WithdrawalReason Reason, DateOnly WithdrawnOn, string FirstName,
    string LastName, string Email, string? Phone, string PreferredLanguage) : IntegrationEvent;

/// <summary>True when <paramref name="UserId"/> is one of the session's instructors.</summary>
public sealed record IsSessionInstructor(Guid SessionId, Guid UserId) : IQuery<bool>;

/// <summary>Sessions an instructor teaches that have not ended more than a month before <paramref name="Today"/>, soonest first.</summary>
public sealed record GetSessionsTaughtBy(Guid UserId, DateOnly Today) : IQuery<IReadOnlyList<SessionSummaryDto>>;

/// <summary>Every session staff may be teaching around <paramref name="Today"/>: started or starting within a week, and not
/// ended more than a month before, soonest first.</summary>
public sealed record GetSessionsInTeachingWindow(DateOnly Today) : IQuery<IReadOnlyList<SessionSummaryDto>>;

/// <summary>Sessions under way on <paramref name="Today"/> (start ≤ today ≤ end).</summary>
public sealed record GetRunningSessions(DateOnly Today) : IQuery<IReadOnlyList<SessionSummaryDto>>;

/// <summary>When an instructor leaves: every session of theirs not yet ended on <paramref name="Today"/> is taught by
/// <paramref name="To"/> instead (sessions that ended keep their history). Returns how many sessions changed hands;
/// running it again changes nothing.</summary>
public sealed record ReassignInstructor(Guid From, Guid To, DateOnly Today) : ICommand<int>;

/// <summary>The participants enrolled from these applications (one per application at most), for a person's page.</summary>
public sealed record GetParticipantsOfApplications(IReadOnlyCollection<Guid> ApplicationIds) : IQuery<IReadOnlyList<ParticipantDto>>;
