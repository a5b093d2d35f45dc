using Bootcamp.Shared.Contracts;

namespace Bootcamp.Attendance.Contracts;

public enum AtRiskReason
{
    /// <summary>Absent at the last two held meetings.</summary>
    ConsecutiveAbsences,

    /// <summary>Attendance under the threshold (75 % by default) once the second week is over.</summary>
    LowAttendance,
}

/// <summary>
/// Attendance of every participant of a session as of <paramref name="AsOf"/> (Montréal date, inclusive). A held meeting is
/// one that is not cancelled, is on or before AsOf and has attendance recorded for someone; an unmarked participant at a
/// held meeting counts as absent. Whether Excused counts as attended is the setting Attendance:ExcusedCountsAsAttended.
/// </summary>
public sealed record GetAttendanceSummary(Guid SessionId, DateOnly AsOf) : IQuery<SessionAttendanceSummary>;

public sealed record SessionAttendanceSummary(Guid SessionId, int HeldMeetings, IReadOnlyList<ParticipantAttendance> Participants);

/// <param name="Rate">Attended ÷ held meetings, between 0 and 1; null when no meeting was held yet.</param>
/// <param name="CapstoneDone">The track's capstone milestone is marked done (true when the track defines no capstone).</param>
public sealed record ParticipantAttendance(
    Guid ParticipantId, int Present, int Late, int Absent, int Excused, int Unmarked, decimal? Rate, bool CapstoneDone,
    IReadOnlyList<AtRiskReason> AtRisk);

/// <summary>Participants flagged at risk in sessions running on <paramref name="Today"/> (one session when given).</summary>
public sealed record GetAtRiskParticipants(DateOnly Today, Guid? SessionId = null) : IQuery<IReadOnlyList<AtRiskParticipantDto>>;

public sealed record AtRiskParticipantDto(
    Guid SessionId, string SessionTitle, Guid ParticipantId, string FirstName, string LastName, decimal? Rate,
    IReadOnlyList<AtRiskReason> Reasons);
