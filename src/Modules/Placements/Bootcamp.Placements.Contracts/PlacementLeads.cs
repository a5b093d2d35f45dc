using Bootcamp.Shared.Contracts;

namespace Bootcamp.Placements.Contracts;

/// <summary>Someone who left a session because they found a job: the placement director follows up with them.</summary>
/// <param name="ReportedOn">The Montréal date the withdrawal was recorded.</param>
/// <param name="Placement">Their current placement once the director recorded one.</param>
public sealed record PlacementLeadDto(
    Guid Id, Guid ParticipantId, Guid ApplicationId, Guid SessionId, string FirstName, string LastName, string Email, string? Phone,
    string PreferredLanguage, DateOnly ReportedOn, PlacementDetails? Placement);

/// <summary>Placement leads, newest first; one session's when <paramref name="SessionId"/> is given.</summary>
public sealed record GetPlacementLeads(Guid? SessionId = null) : IQuery<IReadOnlyList<PlacementLeadDto>>;
