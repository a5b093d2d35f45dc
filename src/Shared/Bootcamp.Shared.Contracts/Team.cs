namespace Bootcamp.Shared.Contracts;

/// <summary>A member of the programme team, as modules need them to address mail (e.g. staff digests).</summary>
public sealed record TeamMemberDto(Guid Id, string DisplayName, string Email);

/// <summary>Active team members holding <paramref name="Role"/> (Admin, Staff, Instructor, PlacementDirector, Sponsor).
/// Answered by the platform's identity store.</summary>
public sealed record GetTeamMembers(string Role) : IQuery<IReadOnlyList<TeamMemberDto>>;

/// <summary>Display names of team members by id (unknown ids are left out).</summary>
public sealed record GetTeamMemberNames(IReadOnlyCollection<Guid> Ids) : IQuery<IReadOnlyDictionary<Guid, string>>;
