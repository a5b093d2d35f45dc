using Bootcamp.Shared.Contracts;

namespace Bootcamp.Applications.Contracts;

/// <summary>Where one consent stands now, from the ledger's latest line for its purpose.</summary>
public sealed record ConsentStateDto(ConsentPurpose Purpose, bool Granted, string TextVersion, DateTimeOffset RecordedAt, DateTimeOffset? WithdrawnAt);

/// <summary>The applicant gives or withdraws an optional consent through their private link. Programme administration
/// cannot be withdrawn on its own: that is withdrawing the application.</summary>
public sealed record SetConsent(string Token, ConsentPurpose Purpose, bool Granted) : ICommand<Guid>;

/// <summary>Raised when someone withdraws a consent: Placements stops follow-ups, Reporting stops counting them.</summary>
public sealed record ConsentWithdrawn(Guid ApplicationId, Guid SessionId, ConsentPurpose Purpose) : IntegrationEvent;

/// <summary>The current consents of an application, for modules that must honour them (follow-ups, reports).</summary>
public sealed record GetConsents(Guid ApplicationId) : IQuery<IReadOnlyList<ConsentStateDto>>;
