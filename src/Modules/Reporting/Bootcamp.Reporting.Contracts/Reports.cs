using Bootcamp.Shared.Contracts;

namespace Bootcamp.Reporting.Contracts;

/// <summary>The impact report as a PDF in <paramref name="Culture"/> (fr-CA or en-CA). With a sponsor, only what it funded:
/// a session or year it did not fund is not found. Without one (staff), every session in the scope.</summary>
public sealed record GetImpactReport(ReportScope Scope, Guid? SponsorId, Guid? SessionId, int? Year, string Culture) : IQuery<ReportFileDto>;

public sealed record ReportFileDto(string FileName, string ContentType, byte[] Content);

/// <summary>Staff dashboard: the report's figures for the sessions matching the filters (year of start, track, session),
/// labelled in <paramref name="Culture"/> (the current UI culture when null).</summary>
public sealed record GetReportFigures(int? Year, Guid? TrackId, Guid? SessionId, string? Culture = null) : IQuery<ReportFiguresDto>;

/// <summary>The sponsor portal's key figures: everything the sponsor funded (<see cref="ReportScope.AllFunded"/>), the same
/// figures as its PDF, labelled in <paramref name="Culture"/> (the current UI culture when null). Not found when it funded
/// nothing.</summary>
public sealed record GetSponsorReportFigures(Guid SponsorId, string? Culture = null) : IQuery<ReportFiguresDto>;

/// <summary>The same figures as CSV (one line per figure), cells a spreadsheet would run as a formula neutralised.</summary>
public sealed record ExportReportCsv(int? Year, Guid? TrackId, Guid? SessionId, string Culture) : IQuery<ReportFileDto>;

/// <summary>A count after disclosure control: <see cref="Value"/> is null when suppressed.</summary>
/// <param name="Small">Suppressed because it is under the threshold (shown "&lt; 5"); otherwise hidden so that a small
/// count cannot be recovered by subtraction.</param>
public sealed record ReportCount(int? Value, bool Small)
{
    public bool Suppressed => Value is null;

    /// <summary>The count as a reader sees it: the number, "&lt; 5" when small, <paramref name="hidden"/> otherwise. It
    /// lives with the count so the dashboard, the CSV and the PDF cannot drift apart on how a suppressed one reads.</summary>
    public string Format(int threshold, IFormatProvider culture, string hidden = "—") =>
        Value is { } v ? v.ToString("N0", culture) : Small ? "< " + threshold.ToString(culture) : hidden;
}

/// <summary>One line of a table: a key (an outcome code, a time-to-job bucket, a category…), its label in the reader's
/// language, its count and its share of the table's total (0–1, null when suppressed).</summary>
public sealed record ReportRow(string Key, string Label, ReportCount Count, decimal? Share);

public sealed record ReportTable(IReadOnlyList<ReportRow> Rows, ReportCount Total);

/// <param name="Label">The skill area's name in the reader's language (its key when the programme added its own).</param>
/// <param name="Paired">People who answered both surveys.</param>
/// <param name="AveragePre">Null when the paired count is suppressed, as are the other figures of the row.</param>
public sealed record SkillChangeRow(string SkillArea, string Label, ReportCount Paired, decimal? AveragePre, decimal? AveragePost, decimal? ImprovedShare);

/// <param name="Months">Months after the session's end: the wave's name in every report. Rows come in wave order.</param>
public sealed record WaveRow(int Months, ReportCount Sent, ReportCount Answered, decimal? ResponseRate);

/// <summary>Every figure of an impact report, already through disclosure control: whatever is here may be shown.</summary>
/// <param name="Threshold">Counts from 1 to Threshold − 1 are suppressed.</param>
/// <param name="ImmigrationThreshold">Fewest applicants for the newcomer / resident share to appear.</param>
/// <param name="Applicants">Newcomers and established residents; null unless shown (a year or more, enough people).</param>
/// <param name="PlacementDenominator">Completers followed up who may work in Canada (or whose authorisation is unknown). The
/// placement figures are Placements' own (GetPlacementFigures, docs/FIGURES.md) through disclosure control.</param>
/// <param name="PlacedRate">The employment rate: placed ÷ the placement denominator.</param>
/// <param name="PlacedWithinThreeMonthsRate">Placed within three months of the end (first job) ÷ the placement denominator.</param>
/// <param name="Outcomes">Every completer of the placement denominator once, by outcome code.</param>
/// <param name="TimeToJob">The placed, by time to their first job: within one month, one to two, two to three, over three.</param>
public sealed record ReportFiguresDto(
    int Threshold,
    int ImmigrationThreshold,
    IReadOnlyList<FundedSessionDto> Sessions,
    int Seats,
    ReportCount Applications,
    decimal? ApplicationsPerSeat,
    ReportTable? Applicants,
    ReportCount Participants,
    ReportCount Completed,
    decimal? CompletionRate,
    decimal? AttendanceRate,
    ReportCount SkillPaired,
    IReadOnlyList<SkillChangeRow> Skills,
    ReportCount PlacementDenominator,
    ReportCount Placed,
    decimal? PlacedRate,
    ReportCount PlacedWithinThreeMonths,
    decimal? PlacedWithinThreeMonthsRate,
    ReportCount InField,
    decimal? InFieldRate,
    ReportTable Outcomes,
    ReportTable TimeToJob,
    IReadOnlyList<WaveRow> FollowUpWaves);
