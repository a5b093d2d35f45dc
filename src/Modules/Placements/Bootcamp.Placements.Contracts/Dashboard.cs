using Bootcamp.Shared.Contracts;

namespace Bootcamp.Placements.Contracts;

/// <summary>The placement director's figures, for one session, one year (of session end dates), or everything.</summary>
public sealed record GetPlacementDashboard(int? Year, Guid? SessionId) : IQuery<PlacementDashboardDto>;

/// <summary>Ratios are exact (0–1); pages round them. "Placed" is a current placement with an employed outcome.</summary>
/// <param name="Completers">Everyone followed up, whatever their work authorisation.</param>
/// <param name="NotAuthorisedToWork">Completers not authorised to work in Canada: counted apart, left out of
/// <paramref name="Denominator"/> and of <paramref name="Placed"/>.</param>
/// <param name="Denominator">Completers authorised to work (or whose authorisation is unknown).</param>
/// <param name="PlacedRate">Placed ÷ denominator; null when the denominator is 0.</param>
/// <param name="InFieldRate">Placed in the tech field ÷ placed; null when nobody is placed.</param>
/// <param name="MedianDaysToJob">Median of the placed people's days to job; null when nobody is placed.</param>
/// <param name="PlacedWithinThreeMonths">Placed people whose time to job counts as within three months.</param>
/// <param name="ToChase">Sent, unanswered waves still open and at least 7 days old: reminder due or sent, no answer.</param>
public sealed record PlacementDashboardDto(
    int Completers, int NotAuthorisedToWork, int Denominator, int Placed, decimal? PlacedRate, int InField, decimal? InFieldRate,
    decimal? MedianDaysToJob, IReadOnlyList<TimeToJobRowDto> Buckets, IReadOnlyList<WaveResponseDto> Waves,
    IReadOnlyList<PersonToChaseDto> ToChase, int PlacedWithinThreeMonths);

/// <param name="ShareOfPlaced">Count ÷ placed (0–1); null when nobody is placed.</param>
public sealed record TimeToJobRowDto(TimeToJobBucket Bucket, int Count, decimal? ShareOfPlaced);

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

/// <summary>Aggregates for Reporting: no names, no ids of people. People who withdrew (or never gave) their consent to
/// aggregate reporting are not counted at all.</summary>
public sealed record GetPlacementOutcomes(IReadOnlyList<Guid> SessionIds) : IQuery<PlacementOutcomesDto>;

/// <param name="ByOutcome">Every completer authorised to work (or unknown) once: their current placement's outcome, else
/// their latest answer's (still seeking, not seeking), else <see cref="OutcomeCode.NonReporting"/>.</param>
/// <param name="ByBucket">Placed people (current employed placement) by time to job.</param>
/// <param name="InField">Placed people whose current job is in the tech field.</param>
/// <param name="Waves">Follow-up response per wave, over the same people.</param>
public sealed record PlacementOutcomesDto(
    int Completers, int NotAuthorisedToWork, IReadOnlyDictionary<OutcomeCode, int> ByOutcome, IReadOnlyDictionary<TimeToJobBucket, int> ByBucket,
    int InField, IReadOnlyList<WaveResponseDto> Waves);
