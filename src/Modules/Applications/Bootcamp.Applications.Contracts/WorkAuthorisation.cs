using Bootcamp.Shared.Contracts;

namespace Bootcamp.Applications.Contracts;

/// <summary>Whether each applicant said they are authorised to work in Canada, for outcome reporting: people who are not
/// are counted apart from the employment rate. Only this one answer leaves the encrypted profile. Unknown ids are absent
/// from the answer; a null value means the applicant did not say.</summary>
public sealed record GetWorkAuthorisations(IReadOnlyList<Guid> ApplicationIds) : IQuery<IReadOnlyDictionary<Guid, bool?>>;
