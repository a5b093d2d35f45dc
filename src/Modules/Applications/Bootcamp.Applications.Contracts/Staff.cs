using Bootcamp.Shared.Contracts;

namespace Bootcamp.Applications.Contracts;

public enum ScreeningState
{
    Pending,
    Eligible,
    Ineligible,
}

public enum RankingChoice
{
    ScoreThenSubmission,
    SeededLottery,
}

public sealed record ApplicationSummaryDto(
    Guid Id, string FirstName, string LastName, string Email, ApplicantCategory Category, ApplicationStatus Status,
    ScreeningState Screening, int? Score, int? WaitlistRank, DateTimeOffset SubmittedAt);

/// <summary>Seats per category against what is already taken, as the selection page shows them.</summary>
public sealed record CategoryCount(ApplicantCategory Category, int Seats, int Applied, int Eligible, int Admitted, int Confirmed, int Waitlisted);

public sealed record ApplicationListDto(PagedResult<ApplicationSummaryDto> Applications, IReadOnlyList<CategoryCount> Counts);

/// <summary>Staff list for one session. Names and contact only: sensitive fields are in the audited detail view.</summary>
public sealed record GetApplications(
    Guid SessionId, ApplicationStatus? Status = null, ApplicantCategory? Category = null, ScreeningState? Screening = null,
    int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<ApplicationListDto>;

/// <summary>Staff decide eligibility and score an application on the programme's criteria. With <paramref name="Ratings"/>
/// (one per configured criterion, see <see cref="GetScreeningCriteria"/>) the score is computed from them and
/// <paramref name="Score"/> is ignored.</summary>
public sealed record ScreenApplication(
    Guid ApplicationId, bool Eligible, int? Score, string? Reason, IReadOnlyDictionary<string, int>? Ratings = null) : ICommand<Guid>;

public sealed record SelectionLine(Guid ApplicationId, string Name, ApplicantCategory Category, int RankInCategory, bool Admitted, bool SpillOver);

public sealed record SelectionPreviewDto(
    int Capacity, int NewcomerSeats, int ResidentSeats, bool ApplicationWindowClosed, RankingChoice Rule, string? LotterySeed,
    IReadOnlyList<SelectionLine> Lines);

/// <summary>What selection would do now, changing nothing.</summary>
public sealed record PreviewSelection(Guid SessionId, RankingChoice Rule = RankingChoice.ScoreThenSubmission, string? LotterySeed = null)
    : IQuery<SelectionPreviewDto>;

/// <summary>Admits the top of each category and waitlists the rest, logging every decision with its reason.</summary>
public sealed record CommitSelection(Guid SessionId, Guid DecidedBy, RankingChoice Rule = RankingChoice.ScoreThenSubmission, string? LotterySeed = null)
    : ICommand<SelectionPreviewDto>;

public sealed record ApplicantAdmitted(Guid ApplicationId, Guid SessionId, ApplicantCategory Category, DateTimeOffset ConfirmBy) : IntegrationEvent;

public sealed record ApplicantWaitlisted(Guid ApplicationId, Guid SessionId, ApplicantCategory Category, int Rank) : IntegrationEvent;
