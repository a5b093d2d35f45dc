using Bootcamp.Shared.Contracts;

namespace Bootcamp.Placements.Contracts;

public enum PlacementSource
{
    /// <summary>From the person's follow-up answer; the director may verify it.</summary>
    SelfReported,

    /// <summary>Recorded by the placement director (verified when recorded).</summary>
    Director,
}

/// <summary>Time from the session's end date to the job's start date, in calendar months from the end date: a job starting
/// on or before end date + 1 month is <see cref="WithinOneMonth"/>, on or before + 2 months <see cref="OneToTwoMonths"/>, and
/// so on. A job that started before the end date counts as within one month.</summary>
public enum TimeToJobBucket
{
    WithinOneMonth,
    OneToTwoMonths,
    TwoToThreeMonths,
    OverThreeMonths,
}

public static class TimeToJobBuckets
{
    /// <summary>"Placed within three months" (of the first job), the dashboard's and the reports' figure alike. Every bucket is listed: a new
    /// one must be classified here, not counted by default.</summary>
    public static bool IsWithinThreeMonths(this TimeToJobBucket bucket) => bucket switch
    {
        TimeToJobBucket.WithinOneMonth or TimeToJobBucket.OneToTwoMonths or TimeToJobBucket.TwoToThreeMonths => true,
        TimeToJobBucket.OverThreeMonths => false,
        _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "A time-to-job bucket no rule classifies."),
    };
}

/// <summary>A job, internship, contract or business.</summary>
/// <param name="Outcome">An employed outcome: not <see cref="OutcomeCode.StillSeeking"/>, <see cref="OutcomeCode.NotSeeking"/>
/// or <see cref="OutcomeCode.NonReporting"/>.</param>
public sealed record PlacementDetails(
    OutcomeCode Outcome, string? Employer, string? JobTitle, DateOnly StartDate, bool InTechField, EmploymentType EmploymentType,
    SalaryBand? SalaryBand);

/// <summary>The placement director records a placement (verified) for a completer, or for a lead (someone who left a
/// session for a job: kept apart from the completers' figures). History is kept: the placement with the latest start date
/// is the person's current one.</summary>
public sealed record RecordPlacement(Guid ParticipantId, PlacementDetails Details, Guid RecordedBy) : ICommand<Guid>;

/// <summary>The placement director confirms a self-reported placement. Verifying twice changes nothing.</summary>
public sealed record VerifyPlacement(Guid PlacementId, Guid VerifiedBy) : ICommand<Guid>;

/// <param name="LeftEarly">A lead's placement: they left the session for this job, so it has no time to job and is not in
/// the completers' figures.</param>
/// <param name="SessionEndDate">Null for a lead.</param>
/// <param name="DaysToJob">Start date − session end date, never below 0; null for a lead.</param>
/// <param name="IsCurrent">The person's placement with the latest start date.</param>
/// <param name="AuthorisedToWork">Authorised to work in Canada; null when unknown.</param>
public sealed record PlacementDto(
    Guid Id, Guid ParticipantId, Guid SessionId, string FirstName, string LastName, PlacementDetails Details, PlacementSource Source,
    bool IsCurrent, bool Verified, DateTimeOffset RecordedAt, DateTimeOffset? VerifiedAt, bool LeftEarly, DateOnly? SessionEndDate,
    int? DaysToJob, TimeToJobBucket? Bucket, bool? AuthorisedToWork);

/// <param name="Year">The programme year: the year the session starts (the lead's session, for a lead), as on every screen.</param>
/// <param name="CurrentOnly">Only each person's current placement (false: the whole history).</param>
public sealed record PlacementFilter(int? Year, Guid? SessionId, OutcomeCode? Outcome, bool? Verified, bool CurrentOnly);

/// <summary>Placements, latest start date first.</summary>
public sealed record GetPlacements(PlacementFilter Filter, int Page, int PageSize) : IQuery<PagedResult<PlacementDto>>;

/// <summary>Someone a placement can be recorded for: a followed-up completer, or a lead.</summary>
public sealed record PlacementCandidateDto(Guid ParticipantId, Guid SessionId, string FirstName, string LastName, bool LeftEarly);

/// <summary>The person behind <paramref name="ParticipantId"/>; <see cref="NotFoundException"/> when they are neither a
/// followed-up completer nor a lead.</summary>
public sealed record GetPlacementCandidate(Guid ParticipantId) : IQuery<PlacementCandidateDto>;
