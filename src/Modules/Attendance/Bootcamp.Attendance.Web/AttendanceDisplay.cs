using Bootcamp.Attendance.Contracts;

namespace Bootcamp.Attendance.Web;

/// <summary>What the teaching pages show beside the module's labels: the marks in sheet order, an unmarked cell, the
/// progress glyphs and a milestone's name.</summary>
internal static class AttendanceDisplay
{
    public static readonly IReadOnlyList<AttendanceMark> Marks = [AttendanceMark.Present, AttendanceMark.Late, AttendanceMark.Absent, AttendanceMark.Excused];

    public static string Mark(AttendanceMark? mark) => mark is { } marked ? AttendanceLabels.Mark(marked) : AttendanceText.MarkNone;

    /// <summary>A glyph for the grid; the label stays available to screen readers beside it.</summary>
    public static string ProgressSymbol(ProgressStatus status) => status switch
    {
        ProgressStatus.InProgress => "◐",
        ProgressStatus.Done => "●",
        _ => "○",
    };

    /// <summary>The people of a sheet by name, in sheet order.</summary>
    public static string People(IEnumerable<AttendanceSheetRow> rows) => string.Join(", ", rows.Select(r => $"{r.FirstName} {r.LastName}"));

    public static string AtRisk(IEnumerable<AtRiskReason> reasons) => string.Join(" · ", reasons.Select(r => AttendanceLabels.AtRisk(r)));

    public static string Milestone(MilestoneDto milestone) => Display.English ? milestone.NameEn : milestone.NameFr;
}
