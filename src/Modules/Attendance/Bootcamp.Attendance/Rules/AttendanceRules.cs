using Bootcamp.Attendance.Contracts;

namespace Bootcamp.Attendance.Rules;

internal sealed record MeetingFacts(Guid Id, DateOnly Date, bool Cancelled);

internal sealed record MarkFacts(Guid MeetingId, Guid ParticipantId, AttendanceMark Mark);

internal sealed record RuleSettings(bool ExcusedCountsAsAttended, int ThresholdPercent, int GraceDays)
{
    public static RuleSettings From(AttendanceOptions options) =>
        new(options.ExcusedCountsAsAttended, options.AtRisk.ThresholdPercent, options.AtRisk.GraceDays);
}

/// <param name="Unmarked">Evenings attendance was taken for where this person has no mark yet: shown so the gap gets filled,
/// counted in nothing.</param>
/// <param name="Rate">Attended ÷ the evenings held for this person (those with their mark); null before their first mark.</param>
internal sealed record ParticipantTally(
    Guid ParticipantId, int Present, int Late, int Absent, int Excused, int Unmarked, decimal? Rate, IReadOnlyList<AtRiskReason> AtRisk);

/// <summary>
/// The attendance rules, with no database and no clock: the summary, the sheets, the grid, the digest and (through
/// GetAttendanceSummary) completion and the reports all decide the same way.
/// <para>Unmarked is not absent (decisions/0010): an evening counts for a person only once their own mark exists. A
/// sheet saved with a few people marked is an unfinished sheet, not a record of everyone else missing class; counting
/// those gaps as absences moved the rates and the at-risk list of people nobody had looked at yet.</para>
/// </summary>
internal static class AttendanceRules
{
    /// <summary>Evenings attendance was taken for: not cancelled, on or before <paramref name="asOf"/>, and with at least one
    /// mark. The session's count of evenings, and where a person's gaps can be (<see cref="ParticipantTally.Unmarked"/>).</summary>
    public static IReadOnlyList<MeetingFacts> HeldMeetings(IEnumerable<MeetingFacts> meetings, IEnumerable<MarkFacts> marks, DateOnly asOf)
    {
        var marked = marks.Select(m => m.MeetingId).ToHashSet();
        return [.. meetings.Where(m => !m.Cancelled && m.Date <= asOf && marked.Contains(m.Id)).OrderBy(m => m.Date)];
    }

    /// <summary>The evenings held for one person: the held evenings where their own mark exists, with that mark, in date order.
    /// Everything about a person's attendance — the rate, a run of absences — is read from these and nothing else.</summary>
    public static IReadOnlyList<AttendanceMark> HeldFor(
        Guid participantId, IReadOnlyList<MeetingFacts> held, IReadOnlyDictionary<(Guid Meeting, Guid Participant), AttendanceMark> marks)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(marks);
        return [.. held.Select(m => marks.TryGetValue((m.Id, participantId), out var mark) ? mark : (AttendanceMark?)null).OfType<AttendanceMark>()];
    }

    public static ParticipantTally Tally(
        Guid participantId, IReadOnlyList<MeetingFacts> held, IReadOnlyDictionary<(Guid Meeting, Guid Participant), AttendanceMark> marks,
        DateOnly sessionStart, DateOnly asOf, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var own = HeldFor(participantId, held, marks);
        var present = own.Count(m => m == AttendanceMark.Present);
        var late = own.Count(m => m == AttendanceMark.Late);
        var absent = own.Count(m => m == AttendanceMark.Absent);
        var excused = own.Count(m => m == AttendanceMark.Excused);
        var attended = present + late + (settings.ExcusedCountsAsAttended ? excused : 0);
        decimal? rate = own.Count == 0 ? null : Math.Round((decimal)attended / own.Count, 4);
        return new ParticipantTally(
            participantId, present, late, absent, excused, held.Count - own.Count, rate, AtRisk(own, rate, sessionStart, asOf, settings));
    }

    /// <param name="marks">The participant's marks at the evenings held for them, in date order (<see cref="HeldFor"/>).</param>
    public static IReadOnlyList<AtRiskReason> AtRisk(
        IReadOnlyList<AttendanceMark> marks, decimal? rate, DateOnly sessionStart, DateOnly asOf, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(settings);
        var reasons = new List<AtRiskReason>(2);
        // Excused is not a warning sign, so it breaks a run; an evening not marked yet is no evidence either way.
        if (marks.Count >= 2 && marks.TakeLast(2).All(m => m == AttendanceMark.Absent))
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
