using Bootcamp.Shared.Contracts;

namespace Bootcamp.Attendance.Contracts;

public enum AtRiskReason
{
    /// <summary>Marked absent at the last two evenings held for the person (the last two with their mark).</summary>
    ConsecutiveAbsences,

    /// <summary>Attendance under the threshold (75 % by default) once the second week is over.</summary>
    LowAttendance,
}

/// <summary>
/// Attendance of every participant of a session as of <paramref name="AsOf"/> (Montréal date, inclusive). A held meeting is
/// one that is not cancelled, is on or before AsOf and has attendance recorded for someone. Unmarked is not absent: a held
/// meeting counts for a participant only once their own mark exists, so their rate and at-risk flags read their marks only
/// (decisions/0010). Whether Excused counts as attended is the setting Attendance:ExcusedCountsAsAttended.
/// </summary>
public sealed record GetAttendanceSummary(Guid SessionId, DateOnly AsOf) : IQuery<SessionAttendanceSummary>;

/// <param name="HeldMeetings">Meetings attendance was taken for (by anyone): the session's count, not anyone's denominator.</param>
public sealed record SessionAttendanceSummary(Guid SessionId, int HeldMeetings, IReadOnlyList<ParticipantAttendance> Participants);

/// <param name="Unmarked">Held meetings where this participant has no mark yet. Counted in nothing: shown so it gets filled.</param>
/// <param name="Rate">Attended ÷ the meetings held for this participant (Present + Late + Absent + Excused, those with their
/// mark), between 0 and 1; null until their first mark.</param>
/// <param name="CapstoneDone">The track's capstone milestone is marked done (true when the track defines no capstone).</param>
public sealed record ParticipantAttendance(
    Guid ParticipantId, int Present, int Late, int Absent, int Excused, int Unmarked, decimal? Rate, bool CapstoneDone,
    IReadOnlyList<AtRiskReason> AtRisk);

/// <summary>Participants flagged at risk in sessions running on <paramref name="Today"/> (one session when given).</summary>
public sealed record GetAtRiskParticipants(DateOnly Today, Guid? SessionId = null) : IQuery<IReadOnlyList<AtRiskParticipantDto>>;

public sealed record AtRiskParticipantDto(
    Guid SessionId, string SessionTitle, Guid ParticipantId, string FirstName, string LastName, decimal? Rate,
    IReadOnlyList<AtRiskReason> Reasons);
