using Bootcamp.Attendance.Contracts;

namespace Bootcamp.Attendance.Rules;

internal sealed record MeetingFacts(Guid Id, DateOnly Date, bool Cancelled);

internal sealed record MarkFacts(Guid MeetingId, Guid ParticipantId, AttendanceMark Mark);

internal sealed record RuleSettings(bool ExcusedCountsAsAttended, int ThresholdPercent, int GraceDays)
{
    public static RuleSettings From(AttendanceOptions options) =>
        new(options.ExcusedCountsAsAttended, options.AtRisk.ThresholdPercent, options.AtRisk.GraceDays);
}

internal sealed record ParticipantTally(
    Guid ParticipantId, int Present, int Late, int Absent, int Excused, int Unmarked, decimal? Rate, IReadOnlyList<AtRiskReason> AtRisk);

/// <summary>
/// The attendance rules, with no database and no clock: the summary, the sheets, the grid, the digest and (through
/// GetAttendanceSummary) completion all decide the same way.
/// </summary>
internal static class AttendanceRules
{
    /// <summary>Meetings that count: not cancelled, on or before <paramref name="asOf"/>, and with at least one mark
    /// (an evening nobody took attendance for is not held against anyone).</summary>
    public static IReadOnlyList<MeetingFacts> HeldMeetings(IEnumerable<MeetingFacts> meetings, IEnumerable<MarkFacts> marks, DateOnly asOf)
    {
        var marked = marks.Select(m => m.MeetingId).ToHashSet();
        return [.. meetings.Where(m => !m.Cancelled && m.Date <= asOf && marked.Contains(m.Id)).OrderBy(m => m.Date)];
    }

    public static ParticipantTally Tally(
        Guid participantId, IReadOnlyList<MeetingFacts> held, IReadOnlyDictionary<(Guid Meeting, Guid Participant), AttendanceMark> marks,
        DateOnly sessionStart, DateOnly asOf, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(settings);
        int present = 0, late = 0, absent = 0, excused = 0, unmarked = 0;
        var sequence = new List<AttendanceMark?>(held.Count);
        foreach (var meeting in held)
        {
            AttendanceMark? mark = marks.TryGetValue((meeting.Id, participantId), out var m) ? m : null;
            sequence.Add(mark);
            switch (mark)
            {
                case AttendanceMark.Present: present++; break;
                case AttendanceMark.Late: late++; break;
                case AttendanceMark.Absent: absent++; break;
                case AttendanceMark.Excused: excused++; break;
                default: unmarked++; break;
            }
        }

        var attended = present + late + (settings.ExcusedCountsAsAttended ? excused : 0);
        decimal? rate = held.Count == 0 ? null : Math.Round((decimal)attended / held.Count, 4);
        return new ParticipantTally(participantId, present, late, absent, excused, unmarked, rate, AtRisk(sequence, rate, sessionStart, asOf, settings));
    }

    /// <param name="sequence">The participant's marks at the held meetings in date order; null where unmarked.</param>
    public static IReadOnlyList<AtRiskReason> AtRisk(
        IReadOnlyList<AttendanceMark?> sequence, decimal? rate, DateOnly sessionStart, DateOnly asOf, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        ArgumentNullException.ThrowIfNull(settings);
        var reasons = new List<AtRiskReason>(2);
        // Unmarked at a held meeting is an absence nobody excused; Excused is not a warning sign.
        if (sequence.Count >= 2 && sequence.TakeLast(2).All(m => m is null or AttendanceMark.Absent))
        {
            reasons.Add(AtRiskReason.ConsecutiveAbsences);
        }

        if (rate is { } r && asOf >= sessionStart.AddDays(settings.GraceDays) && r * 100 < settings.ThresholdPercent)
        {
            reasons.Add(AtRiskReason.LowAttendance);
        }

        return reasons;
    }

    /// <summary>Tallies every participant given.</summary>
    public static IReadOnlyList<ParticipantTally> TallyAll(
        IEnumerable<Guid> participantIds, IEnumerable<MeetingFacts> meetings, IReadOnlyCollection<MarkFacts> marks, DateOnly sessionStart,
        DateOnly asOf, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(marks);
        var held = HeldMeetings(meetings, marks, asOf);
        var lookup = marks.ToDictionary(m => (m.MeetingId, m.ParticipantId), m => m.Mark);
        return [.. participantIds.Select(p => Tally(p, held, lookup, sessionStart, asOf, settings))];
    }
}
