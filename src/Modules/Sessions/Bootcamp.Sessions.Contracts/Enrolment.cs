using Bootcamp.Shared.Contracts;

namespace Bootcamp.Sessions.Contracts;

/// <summary>Raised when a confirmed seat puts someone on a session's roster (Surveys sends the pre-survey).</summary>
public sealed record ParticipantEnrolled(
    Guid ParticipantId, Guid SessionId, Guid ApplicationId, Guid TrackId, DateOnly StartDate, DateOnly EndDate, string FirstName,
    string LastName, string Email, string PreferredLanguage) : IntegrationEvent;
