using Bootcamp.Shared.Contracts;

namespace Bootcamp.Applications.Contracts;

/// <summary>An admitted applicant takes their seat through their private link, before the deadline.</summary>
public sealed record ConfirmSeat(string Token) : ICommand<Guid>;

/// <summary>Staff offer a seat to a chosen waitlisted person, with a logged reason, when the session has a free seat.</summary>
public sealed record PromoteFromWaitlist(Guid ApplicationId, Guid DecidedBy, string Reason) : ICommand<Guid>;

/// <summary>Releases seats whose confirmation deadline passed and offers each to the next person of the same category.
/// Run by a recurring durable job; safe to run any number of times.</summary>
public sealed record ReleaseExpiredSeats : ICommand<int>;

/// <summary>Sessions enrols the participant. Carries the contact details the roster needs, nothing more.</summary>
public sealed record SeatConfirmed(
    Guid ApplicationId, Guid SessionId, ApplicantCategory Category, string FirstName, string LastName, string Email, string? Phone,
    string PreferredLanguage) : IntegrationEvent;

public sealed record SeatReleased(Guid ApplicationId, Guid SessionId, ApplicantCategory Category) : IntegrationEvent;
