using Bootcamp.Shared.Contracts;

namespace Bootcamp.Sessions.Contracts;

/// <summary>The last day of every session, for the retention rules (decisions/0020): how long a person's data is kept
/// counts from the end of the sessions they applied to. A few rows a year, so no paging.</summary>
public sealed record GetSessionEndDates : IQuery<IReadOnlyDictionary<Guid, DateOnly>>;
