using Bootcamp.Shared.Contracts;

namespace Bootcamp.Applications.Contracts;

/// <summary>The applicant changes their phone number or preferred language through their private link. The email is
/// the identity of the application (one per email and session), so it cannot be changed this way. A withdrawn
/// application cannot be changed.</summary>
public sealed record UpdateContactDetails(string Token, string? Phone, string PreferredLanguage) : ICommand<Guid>;
