using Bootcamp.Shared.Contracts;

namespace Bootcamp.Sessions.Contracts;

public enum ParticipantStatus
{
    Enrolled,
    Withdrawn,
}

/// <summary>A participant as the roster shows them: name, language and contact, nothing from the application.</summary>
public sealed record ParticipantDto(
    Guid Id, Guid SessionId, string FirstName, string LastName, string Email, string? Phone, string PreferredLanguage,
    ParticipantStatus Status, DateTimeOffset EnrolledAt, string? WithdrawalReason);

public sealed record GetRoster(Guid SessionId) : IQuery<IReadOnlyList<ParticipantDto>>;
