using Bootcamp.Shared.Contracts;

namespace Bootcamp.Sessions.Contracts;

public enum CompletionOutcome
{
    Completed,
    NotCompleted,
}

/// <param name="AttendanceRate">Attended ÷ the meetings held for the participant, those with their mark (0–1), when the decision
/// was made; null when they had no mark (Attendance's rule, decisions/0010).</param>
/// <param name="OverrideReason">Set when staff overrode the rule's outcome.</param>
/// <param name="CertificateCode">The verification code of the certificate, for completers.</param>
public sealed record ParticipantCompletionDto(
    Guid ParticipantId, Guid ApplicationId, string FirstName, string LastName, string PreferredLanguage,
    CompletionOutcome Outcome, CompletionOutcome RuleOutcome, decimal? AttendanceRate, bool CapstoneDone,
    string? OverrideReason, string? OverriddenByName, DateTimeOffset? OverriddenAt, string? CertificateCode);

/// <param name="DecidedAt">Null until the completion job has run for the session (after its end date).</param>
public sealed record SessionCompletionDto(
    Guid SessionId, string SessionTitle, DateOnly EndDate, DateTimeOffset? DecidedAt, int ThresholdPercent, bool ExcusedCountsAsAttended,
    IReadOnlyList<ParticipantCompletionDto> Participants);

public sealed record GetSessionCompletion(Guid SessionId) : IQuery<SessionCompletionDto>;

/// <summary>Decides the outcome of every session whose end date has passed and which is not decided yet. Returns how many
/// sessions were decided. Run by the completion job; safe to run twice.</summary>
public sealed record DecideDueCompletions : ICommand<int>;

/// <summary>Staff override of one participant's outcome, with a reason (kept with who and when).</summary>
public sealed record OverrideCompletion(Guid ParticipantId, CompletionOutcome Outcome, string Reason, Guid DecidedBy) : ICommand<Guid>;

/// <summary>Someone who completed a session, with what Placements and Surveys need to reach them.</summary>
public sealed record Completer(
    Guid ParticipantId, Guid ApplicationId, string FirstName, string LastName, string Email, string PreferredLanguage);

/// <summary>Raised once per session when its completion is decided.</summary>
public sealed record SessionCompleted(
    Guid SessionId, Guid TrackId, DateOnly StartDate, DateOnly EndDate, int Participants, IReadOnlyList<Completer> Completers)
    : IntegrationEvent;

/// <summary>Raised when staff override an outcome after <see cref="SessionCompleted"/>.</summary>
public sealed record CompletionChanged(Guid SessionId, DateOnly EndDate, Completer Participant, CompletionOutcome Outcome) : IntegrationEvent;
