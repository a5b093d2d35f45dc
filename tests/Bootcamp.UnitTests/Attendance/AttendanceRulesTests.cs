using System.Globalization;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Rules;

namespace Bootcamp.UnitTests.Attendance;

/// <summary>
/// One participant's evenings, one character each, in date order: P present, L late, A absent, E excused, - not marked
/// (someone else was, so attendance was taken that evening, but not for this person), . nobody marked, c cancelled
/// (marked Present but it does not count), f after the as-of date (marked Present, does not count yet).
/// An evening counts for a person only once their own mark exists: unmarked is not absent.
/// </summary>
public sealed class AttendanceRulesTests
{
    private static readonly DateOnly Start = new(2027, 1, 11);
    private static readonly Guid Me = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    [Theory]
    // evenings,  excused counts, days in, P, L, A, E, unmarked, rate,   at risk (C consecutive, L low)
    [InlineData("PPPP", true, 21, 4, 0, 0, 0, 0, "1", "")]
    [InlineData("", true, 21, 0, 0, 0, 0, 0, null, "")]
    [InlineData("....", true, 21, 0, 0, 0, 0, 0, null, "")] // nobody took attendance: nothing held, no rate
    [InlineData("PLPL", true, 21, 2, 2, 0, 0, 0, "1", "")] // late is attended
    [InlineData("PPPE", true, 21, 3, 0, 0, 1, 0, "1", "")]
    [InlineData("PPPE", false, 21, 3, 0, 0, 1, 0, "0.75", "")] // 75 % is not under 75 %
    [InlineData("PPEE", false, 21, 2, 0, 0, 2, 0, "0.5", "L")]
    [InlineData("PPAA", true, 21, 2, 0, 2, 0, 0, "0.5", "CL")]
    [InlineData("PPA-", true, 21, 2, 0, 1, 0, 1, "0.6667", "L")] // unmarked is not absent: 2 of the 3 evenings marked for them
    [InlineData("PP--", true, 21, 2, 0, 0, 0, 2, "1", "")] // two evenings not marked yet are not two absences
    [InlineData("PPPA-", true, 21, 3, 0, 1, 0, 1, "0.75", "")] // the issue: marking others on a new evening changes nothing here
    [InlineData("PA-A", true, 21, 1, 0, 2, 0, 1, "0.3333", "CL")] // the run is over their marks: a gap in them does not break it
    [InlineData("PAA-", true, 21, 1, 0, 2, 0, 1, "0.3333", "CL")]
    [InlineData("----", true, 21, 0, 0, 0, 0, 4, null, "")] // never marked: no rate, never flagged
    [InlineData("-A", true, 21, 0, 0, 1, 0, 1, "0", "L")] // one absence and one gap are not two absences
    [InlineData("PPAE", true, 21, 2, 0, 1, 1, 0, "0.75", "")] // excused breaks the run
    [InlineData("PPEA", true, 21, 2, 0, 1, 1, 0, "0.75", "")]
    [InlineData("AAPP", true, 21, 2, 0, 2, 0, 0, "0.5", "L")] // only the last two evenings make a run
    [InlineData("PPPPPPAA", true, 21, 6, 0, 2, 0, 0, "0.75", "C")]
    [InlineData("PPPPPPPA", true, 21, 7, 0, 1, 0, 0, "0.875", "")]
    [InlineData("PA.A", true, 21, 1, 0, 2, 0, 0, "0.3333", "CL")] // an evening nobody marked does not break the run
    [InlineData("PAcA", true, 21, 1, 0, 2, 0, 0, "0.3333", "CL")] // neither does a cancelled one
    [InlineData("PAAf", true, 21, 1, 0, 2, 0, 0, "0.3333", "CL")] // the future does not count
    [InlineData("PPPA", true, 13, 3, 0, 1, 0, 0, "0.75", "")]
    [InlineData("PAPA", true, 13, 2, 0, 2, 0, 0, "0.5", "")] // low, but the first two weeks are not judged
    [InlineData("PAPA", true, 14, 2, 0, 2, 0, 0, "0.5", "L")] // from day 14 on they are
    [InlineData("AA", true, 3, 0, 0, 2, 0, 0, "0", "C")] // two absences flag at once, even in the first week
    [InlineData("A", true, 21, 0, 0, 1, 0, 0, "0", "L")] // one evening is not two in a row
    public void Tally_and_at_risk(
        string evenings, bool excusedCounts, int daysIn, int present, int late, int absent, int excused, int unmarked, string? rate, string risks)
    {
        var asOf = Start.AddDays(daysIn);
        var meetings = new List<MeetingFacts>();
        var marks = new List<MarkFacts>();
        for (var i = 0; i < evenings.Length; i++)
        {
            var c = evenings[i];
            var id = Guid.NewGuid();
            // Held evenings fall before the as-of date, in order; "f" falls after it.
            var date = c == 'f' ? asOf.AddDays(1) : asOf.AddDays(-evenings.Length + i);
            meetings.Add(new MeetingFacts(id, date, c == 'c'));
            if (c != '.')
            {
                marks.Add(new MarkFacts(id, Other, AttendanceMark.Present));
            }

            AttendanceMark? mine = c switch
            {
                'P' or 'c' or 'f' => AttendanceMark.Present,
                'L' => AttendanceMark.Late,
                'A' => AttendanceMark.Absent,
                'E' => AttendanceMark.Excused,
                _ => null,
            };
            if (mine is { } mark)
            {
                marks.Add(new MarkFacts(id, Me, mark));
            }
        }

        var tally = AttendanceRules.TallyAll([Me], meetings, marks, Start, asOf, new RuleSettings(excusedCounts, 75, 14)).Single();

        Assert.Equal((present, late, absent, excused, unmarked), (tally.Present, tally.Late, tally.Absent, tally.Excused, tally.Unmarked));
        Assert.Equal(rate is null ? null : decimal.Parse(rate, CultureInfo.InvariantCulture), tally.Rate);
        var expected = new List<AtRiskReason>();
        if (risks.Contains('C', StringComparison.Ordinal))
        {
            expected.Add(AtRiskReason.ConsecutiveAbsences);
        }

        if (risks.Contains('L', StringComparison.Ordinal))
        {
            expected.Add(AtRiskReason.LowAttendance);
        }

        Assert.Equal(expected, tally.AtRisk);
    }

    [Theory]
    [InlineData(75, "0.74", true)]
    [InlineData(75, "0.75", false)]
    [InlineData(80, "0.75", true)]
    [InlineData(50, "0.49", true)]
    [InlineData(0, "0", false)]
    public void The_threshold_is_a_setting(int thresholdPercent, string rate, bool low)
    {
        var reasons = AttendanceRules.AtRisk(
            [AttendanceMark.Present], decimal.Parse(rate, CultureInfo.InvariantCulture), Start, Start.AddDays(30), new RuleSettings(true, thresholdPercent, 14));
        Assert.Equal(low, reasons.Contains(AtRiskReason.LowAttendance));
    }

    [Fact]
    public void An_evening_marked_for_others_only_leaves_a_persons_rate_and_flags_as_they_were()
    {
        // Four evenings, the last one absent: 75 %, one absence. Then a fifth where only someone else is marked so far.
        var asOf = Start.AddDays(21);
        var meetings = Enumerable.Range(0, 5).Select(i => new MeetingFacts(Guid.NewGuid(), asOf.AddDays(-5 + i), false)).ToList();
        var marks = meetings.Take(4).Select((m, i) => new MarkFacts(m.Id, Me, i == 3 ? AttendanceMark.Absent : AttendanceMark.Present))
            .Concat(meetings.Select(m => new MarkFacts(m.Id, Other, AttendanceMark.Present)))
            .ToList();
        var settings = new RuleSettings(true, 75, 14);
        var before = AttendanceRules.TallyAll([Me], meetings.Take(4), [.. marks.Where(m => m.MeetingId != meetings[4].Id)], Start, asOf, settings).Single();

        var after = AttendanceRules.TallyAll([Me], meetings, marks, Start, asOf, settings).Single();

        Assert.Equal(0.75m, before.Rate);
        Assert.Equal((before.Rate, before.Present, before.Absent), (after.Rate, after.Present, after.Absent));
        Assert.Equal(before.AtRisk, after.AtRisk);
        Assert.Empty(after.AtRisk);
        Assert.Equal(1, after.Unmarked); // shown, so the gap can be filled, but held against nobody

        // Once their mark exists, it counts like any other.
        var marked = AttendanceRules.TallyAll([Me], meetings, [.. marks, new MarkFacts(meetings[4].Id, Me, AttendanceMark.Absent)], Start, asOf, settings).Single();
        Assert.Equal((0.6m, 0), (marked.Rate, marked.Unmarked));
        Assert.Equal([AtRiskReason.ConsecutiveAbsences, AtRiskReason.LowAttendance], marked.AtRisk);
    }

    [Fact]
    public void The_defaults_are_the_programmes()
    {
        var options = new AttendanceOptions();
        Assert.Equal(new RuleSettings(true, 75, 14), RuleSettings.From(options));
    }
}
