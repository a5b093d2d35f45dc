using Bootcamp.Shared.Contracts;

namespace Bootcamp.Placements.Contracts;

/// <summary>A completer the placement director follows, as the "find a person" search lists them.</summary>
public sealed record FollowedPersonDto(
    Guid ParticipantId, Guid ApplicationId, Guid SessionId, string FirstName, string LastName, string Email, DateOnly SessionEndDate);

/// <summary>Completers followed by Placements whose name or e-mail contains <paramref name="Text"/> (any case): the placement
/// director's remit.</summary>
public sealed record FindFollowedPeople(string Text, int Max = 50) : IQuery<IReadOnlyList<FollowedPersonDto>>;

/// <summary>The completers followed from these applications.</summary>
public sealed record GetFollowedPeople(IReadOnlyCollection<Guid> ApplicationIds) : IQuery<IReadOnlyList<FollowedPersonDto>>;
