using Bootcamp.Shared.Contracts;

namespace Bootcamp.Placements.Contracts;

/// <summary>The placement director's dashboard, for one session, one programme year (the year a session starts, as on the
/// sessions list and every report) or everything: the figures over everyone followed, and who to chase.</summary>
public sealed record GetPlacementDashboard(int? Year, Guid? SessionId) : IQuery<PlacementDashboardDto>;

/// <param name="Figures">Over <see cref="PlacementPopulation.EveryoneFollowed"/>: the published figures of the same sessions
/// differ from these only by the people without aggregate-reporting consent, whom <see cref="PlacementFiguresDto.WithoutReportingConsent"/>
/// counts, and by disclosure control.</param>
/// <param name="ToChase">Sent, unanswered waves still open and at least 7 days old: reminder due or sent, no answer.</param>
public sealed record PlacementDashboardDto(PlacementFiguresDto Figures, IReadOnlyList<PersonToChaseDto> ToChase);

/// <summary>The published placement figures of these sessions, over the people whose aggregate-reporting consent is in
/// force: Reporting's one source for placements (staff reports, CSV, sponsor portal, PDF). Counts only, never who.</summary>
public sealed record GetPlacementFigures(IReadOnlyList<Guid> SessionIds) : IQuery<PlacementFiguresDto>;

/// <summary>Who a set of placement figures counts. The one computation takes it as a parameter, so a screen that shows
/// another population says so instead of applying another formula.</summary>
public enum PlacementPopulation
{
    /// <summary>Everyone Placements follows, with or without consent to aggregate reporting: the placement director's
    /// dashboard, a working tool that names people anyway.</summary>
    EveryoneFollowed,

    /// <summary>Only people whose aggregate-reporting consent is in force: every figure that leaves the placement office.</summary>
    ReportingConsent,
}

/// <summary>The placement figures every screen names the same way (<see cref="PlacementLabels.Figure"/>); their
/// definitions are in docs/FIGURES.md.</summary>
public enum PlacementFigure
{
    Denominator,
    EmploymentRate,
    PlacedWithinThreeMonths,
    InFieldRate,
    MedianDaysToJob,
    ResponseRate,
}

/// <summary>Every placement figure of one population over one set of sessions, exact: ratios are 0–1 and every screen rounds
/// them the same way (<see cref="Percentage.Format"/>); the published ones go through Reporting's disclosure control.
/// Definitions: docs/FIGURES.md.</summary>
/// <param name="Completers">People counted: completers followed up, not removed since. Leads (who left for a job) are not.</param>
/// <param name="WithoutReportingConsent">Of <paramref name="Completers"/>, those without aggregate-reporting consent: always 0
/// for <see cref="PlacementPopulation.ReportingConsent"/>.</param>
/// <param name="NotAuthorisedToWork">Completers not authorised to work in Canada: counted apart, in no rate's denominator.</param>
/// <param name="Denominator">Completers authorised to work, or whose authorisation is unknown.</param>
/// <param name="Placed">People of the denominator with a placement: a job, internship, contract, business or freelance work.</param>
/// <param name="PlacedRate">The employment rate: placed ÷ denominator; null when the denominator is 0.</param>
/// <param name="PlacedWithinThreeMonths">Placed people whose first job started within three months of the session's end.</param>
/// <param name="PlacedWithinThreeMonthsRate">Placed within three months ÷ denominator; null when the denominator is 0.</param>
/// <param name="InField">Placed people whose current job is in the tech field.</param>
/// <param name="InFieldRate">In field ÷ placed; null when nobody is placed.</param>
/// <param name="MedianDaysToJob">Median of the placed people's days to their first job; null when nobody is placed.</param>
/// <param name="Buckets">The placed by time to their first job, every bucket listed.</param>
/// <param name="Outcomes">The denominator's people once each by outcome, every code listed: they add up to the denominator.</param>
/// <param name="Waves">Follow-up response per wave over <paramref name="Completers"/>.</param>
public sealed record PlacementFiguresDto(
    PlacementPopulation Population, int Completers, int WithoutReportingConsent, int NotAuthorisedToWork, int Denominator,
    int Placed, decimal? PlacedRate, int PlacedWithinThreeMonths, decimal? PlacedWithinThreeMonthsRate, int InField, decimal? InFieldRate,
    decimal? MedianDaysToJob, IReadOnlyList<TimeToJobRowDto> Buckets, IReadOnlyList<OutcomeRowDto> Outcomes, IReadOnlyList<WaveResponseDto> Waves)
{
    /// <summary>How many people of the denominator have this outcome.</summary>
    public int CountOf(OutcomeCode outcome) => Outcomes.Single(o => o.Outcome == outcome).Count;
}

/// <param name="ShareOfPlaced">Count ÷ placed (0–1); null when nobody is placed.</param>
public sealed record TimeToJobRowDto(TimeToJobBucket Bucket, int Count, decimal? ShareOfPlaced);

/// <summary>Someone's outcome is their current placement's, else their latest answer's (still seeking, not seeking), else
/// <see cref="OutcomeCode.NonReporting"/>.</summary>
/// <param name="ShareOfDenominator">Count ÷ denominator (0–1); null when the denominator is 0.</param>
public sealed record OutcomeRowDto(OutcomeCode Outcome, int Count, decimal? ShareOfDenominator);

/// <param name="Wave">The wave's rank, for ordering only: the fourth wave may be the one at six months.</param>
/// <param name="Months">Months after the session's end: what a reader is told.</param>
/// <param name="ResponseRate">Answered ÷ sent (0–1); null when none was sent.</param>
public sealed record WaveResponseDto(int Wave, int Months, int Sent, int Answered, int NonReporting, int Cancelled, decimal? ResponseRate);

public sealed record PersonToChaseDto(
    Guid ParticipantId, Guid SessionId, string FirstName, string LastName, string Email, string PreferredLanguage, int Months,
    DateTimeOffset SentAt, DateTimeOffset? ReminderSentAt, DateOnly ClosesOn);

/// <summary>The current placements of the dashboard's people as CSV (UTF-8, header row, cells that a spreadsheet would read
/// as a formula are prefixed with an apostrophe).</summary>
public sealed record ExportPlacementsCsv(int? Year, Guid? SessionId) : IQuery<PlacementsCsvDto>;

public sealed record PlacementsCsvDto(string FileName, byte[] Content);
