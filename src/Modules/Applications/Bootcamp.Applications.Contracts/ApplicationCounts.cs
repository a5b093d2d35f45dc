using Bootcamp.Shared.Contracts;

namespace Bootcamp.Applications.Contracts;

/// <summary>Applications received per session and category, for Reporting: counts only, whatever their status.</summary>
public sealed record GetApplicationCounts(IReadOnlyCollection<Guid> SessionIds) : IQuery<IReadOnlyList<ApplicationCountDto>>;

public sealed record ApplicationCountDto(Guid SessionId, ApplicantCategory Category, int Applied);

/// <summary>The applications of these sessions whose aggregate-reporting consent is not in force (never given or withdrawn):
/// Reporting leaves them out of every figure it can. Ids only.</summary>
public sealed record GetAggregateReportingExclusions(IReadOnlyCollection<Guid> SessionIds) : IQuery<IReadOnlyList<Guid>>;

/// <summary>Of these applications, those whose aggregate-reporting consent is not in force now: for a module that
/// counts people it knows by application (Surveys). The same ledger rule as <see cref="GetAggregateReportingExclusions"/>.</summary>
public sealed record GetExcludedFromAggregates(IReadOnlyCollection<Guid> ApplicationIds) : IQuery<IReadOnlyList<Guid>>;
