using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Privacy;

namespace Bootcamp.Sessions.Enrolment;

internal sealed class Participant
{
    public Guid Id { get; set; }
    public Guid SessionId { get; set; }

    /// <summary>The application that earned the seat: one participant per application.</summary>
    public Guid ApplicationId { get; set; }

    [PersonalData]
    public required string FirstName { get; set; }
    [PersonalData]
    public required string LastName { get; set; }
    [PersonalData]
    public required string Email { get; set; }
    [PersonalData]
    public string? Phone { get; set; }
    public required string PreferredLanguage { get; set; }
    public ParticipantStatus Status { get; set; }
    public DateTimeOffset EnrolledAt { get; set; }
    public DateTimeOffset? WithdrawnAt { get; set; }
    public WithdrawalReason? WithdrawalReason { get; set; }
    [PersonalData]
    public string? WithdrawalNote { get; set; }

    /// <summary>The staff member who recorded the withdrawal; null when the person withdrew themselves.</summary>
    public Guid? WithdrawnBy { get; set; }

    public ParticipantDto ToDto() =>
        new(Id, SessionId, FirstName, LastName, Email, Phone, PreferredLanguage, Status, EnrolledAt, WithdrawalNote, WithdrawalReason, WithdrawnAt, ApplicationId);

    /// <summary>Erased but counted (decisions/0018): the completion rate, the attendance rate and the capacity count this
    /// participant by session and status, so the row stays without name, contact or the note on a withdrawal. False when
    /// it already was.</summary>
    public bool Anonymise()
    {
        if (IsAnonymised)
        {
            return false;
        }

        FirstName = "";
        LastName = "";
        Email = ErasedValues.Email();
        Phone = null;
        WithdrawalNote = null;
        return true;
    }

    public bool IsAnonymised => ErasedValues.IsErased(Email);

    /// <summary>Marks the participant withdrawn and returns the event to raise; null when they already were (a no-op).</summary>
    public ParticipantWithdrew? Withdraw(WithdrawalReason reason, string? note, Guid? recordedBy, DateTimeOffset now, DateOnly today)
    {
        if (Status == ParticipantStatus.Withdrawn)
        {
            return null;
        }

        Status = ParticipantStatus.Withdrawn;
        WithdrawalReason = reason;
        WithdrawalNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        WithdrawnBy = recordedBy;
        WithdrawnAt = now;
        return new ParticipantWithdrew(Id, SessionId, ApplicationId, reason, today, FirstName, LastName, Email, Phone, PreferredLanguage);
    }
}
