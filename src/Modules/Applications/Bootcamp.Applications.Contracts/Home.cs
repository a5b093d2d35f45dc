using Bootcamp.Shared.Contracts;

namespace Bootcamp.Applications.Contracts;

/// <summary>What staff must still do for these sessions, counted: one row per session that has applications.</summary>
public sealed record GetApplicationWorkload(IReadOnlyCollection<Guid> SessionIds) : IQuery<IReadOnlyList<ApplicationWorkloadDto>>;

/// <param name="AwaitingScreening">Submitted and not screened yet.</param>
/// <param name="AwaitingConfirmation">Offered a seat (admitted) and not confirmed yet.</param>
/// <param name="Waitlisted">On the waitlist.</param>
public sealed record ApplicationWorkloadDto(Guid SessionId, int AwaitingScreening, int AwaitingConfirmation, int Waitlisted);
