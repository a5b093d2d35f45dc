using Bootcamp.Shared.Contracts;

namespace Bootcamp.Placements.Contracts;

/// <summary>The Montréal day of each participant's last follow-up — the latest wave sent, reminded or answered — for
/// the participants' retention rule (decisions/0020). A participant never followed up, or whose waves never went out,
/// is absent: their data is kept from their session's end instead.</summary>
public sealed record GetLastFollowUps(IReadOnlyCollection<Guid> ParticipantIds) : IQuery<IReadOnlyDictionary<Guid, DateOnly>>;
