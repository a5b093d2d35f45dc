namespace Bootcamp.Shared.Contracts.PersonalData;

/// <summary>
/// One person, as the modules already know them: the applications they made (Applications), the participants those
/// became (Sessions; Attendance, Surveys, Portfolios and Placements key on them or on the application), and the
/// addresses mail went to. The Privacy module resolves them once and hands the same keys to every holder.
/// </summary>
public sealed record PersonKeys(
    IReadOnlyCollection<Guid> ApplicationIds,
    IReadOnlyCollection<Guid> ParticipantIds,
    IReadOnlyCollection<string> Emails);
