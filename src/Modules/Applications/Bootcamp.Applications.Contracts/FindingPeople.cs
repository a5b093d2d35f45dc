using Bootcamp.Shared.Contracts;

namespace Bootcamp.Applications.Contracts;

/// <summary>One application of a person, as the "find a person" search lists it: names and contact only.</summary>
public sealed record ApplicantMatchDto(
    Guid ApplicationId, Guid SessionId, string FirstName, string LastName, string Email, ApplicationStatus Status, DateTimeOffset SubmittedAt);

/// <summary>Applications whose first name, last name, full name or e-mail contains <paramref name="Text"/> (any case), at most
/// <paramref name="Max"/>, by name.</summary>
public sealed record FindApplicants(string Text, int Max = 50) : IQuery<IReadOnlyList<ApplicantMatchDto>>;

/// <summary>Every application of the person who made <paramref name="ApplicationId"/> (the same e-mail, any case), newest first;
/// empty when there is no such application.</summary>
public sealed record GetApplicationsOfPerson(Guid ApplicationId) : IQuery<IReadOnlyList<ApplicantMatchDto>>;
