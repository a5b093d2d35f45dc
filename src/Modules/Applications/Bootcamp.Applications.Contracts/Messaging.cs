using Bootcamp.Shared.Contracts;

namespace Bootcamp.Applications.Contracts;

/// <summary>Someone a message to a session may be written to: the application's current name, address and language.</summary>
public sealed record ApplicantToContactDto(
    Guid ApplicationId, string FirstName, string LastName, string Email, string PreferredLanguage, ApplicationStatus Status);

/// <summary>The applications of the request that must not be written to, and why: erased (anonymised, nobody is left
/// to write to) or their programme-administration consent is not in force.</summary>
public sealed record ApplicantsToContactDto(
    IReadOnlyList<ApplicantToContactDto> Contactable, IReadOnlyList<Guid> Erased, IReadOnlyList<Guid> ConsentWithdrawn);

/// <summary>The applications to <paramref name="SessionId"/> in one of <paramref name="Statuses"/>, and those named in
/// <paramref name="ApplicationIds"/> whatever their status (participants, whom Sessions knows by their application), split
/// into who may be written to and who may not (issue 19, messages to a cohort). Applications is the one place that
/// judges erasure and consent, so every caller excludes the same people.</summary>
public sealed record GetApplicantsToContact(
    Guid SessionId, IReadOnlyCollection<ApplicationStatus> Statuses, IReadOnlyCollection<Guid>? ApplicationIds = null)
    : IQuery<ApplicantsToContactDto>;
