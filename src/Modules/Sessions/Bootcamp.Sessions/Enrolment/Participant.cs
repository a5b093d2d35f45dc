using Bootcamp.Sessions.Contracts;

namespace Bootcamp.Sessions.Enrolment;

internal sealed class Participant
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }

    /// <summary>The application that earned the seat: one participant per application.</summary>
    public Guid ApplicationId { get; set; }

    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public required string PreferredLanguage { get; set; }
    public ParticipantStatus Status { get; set; }
    public DateTimeOffset EnrolledAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }

    public ParticipantDto ToDto() =>
        new(Id, SessionId, FirstName, LastName, Email, Phone, PreferredLanguage, Status, EnrolledAt, WithdrawalReason, null, WithdrawnAt, ApplicationId);
}
