using Bootcamp.Shared.Contracts;

namespace Bootcamp.Applications.Contracts;

/// <summary>The applications to these sessions that still lead to a person, i.e. not yet erased: what the retention
/// rules look at (decisions/0020). Ids only; an erased (anonymised) application is never returned again, which is what
/// makes a second retention run find nothing.</summary>
public sealed record GetApplicationsNotErased(IReadOnlyCollection<Guid> SessionIds) : IQuery<IReadOnlyList<Guid>>;
