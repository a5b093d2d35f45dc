using MediatR;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Contracts.PersonalData;

namespace Bootcamp.Privacy.Contracts;

/// <summary>What a person asked under Law 25: a copy of what is held on them (s. 27) or its erasure (s. 28.1).</summary>
public enum PrivacyRequestKind
{
    Access,
    Erasure,
}

/// <summary>How the request reached the programme: told to staff (phone, email, in person) or sent from the
/// applicant's private status link.</summary>
public enum PrivacyRequestChannel
{
    Staff,
    PrivateLink,
}

public enum PrivacyRequestState
{
    Open,
    Done,
}

/// <summary>One request and its legal deadline. <paramref name="PersonName"/> is null once the person was erased.</summary>
public sealed record PrivacyRequestDto(
    Guid Id, Guid ApplicationId, string? PersonName, PrivacyRequestKind Kind, PrivacyRequestChannel Channel,
    DateTimeOffset ReceivedAt, DateOnly DueOn, Guid? ReceivedBy, DateTimeOffset? DoneAt, Guid? DoneBy, string? Outcome)
{
    public PrivacyRequestState State => DoneAt is null ? PrivacyRequestState.Open : PrivacyRequestState.Done;
}

/// <summary>Records a request (idempotent: an open request of the same kind for the same person is returned as is).
/// <paramref name="ReceivedBy"/> is the staff member who took it, null when the applicant sent it.</summary>
public sealed record ReceivePrivacyRequest(Guid ApplicationId, PrivacyRequestKind Kind, PrivacyRequestChannel Channel, Guid? ReceivedBy)
    : ICommand<Guid>;

/// <summary>The register, most urgent first: open requests by due date, then done ones, newest first.</summary>
public sealed record GetPrivacyRequests(PrivacyRequestState? State, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<PrivacyRequestDto>>;

/// <summary>The requests of the person who made <paramref name="ApplicationId"/> (any of their applications).</summary>
public sealed record GetPrivacyRequestsOfPerson(Guid ApplicationId) : IQuery<IReadOnlyList<PrivacyRequestDto>>;

/// <summary>Counts for the admin's home: open requests, and those past their 30-day deadline.</summary>
public sealed record GetPrivacyRequestCounts : IQuery<PrivacyRequestCounts>;

public sealed record PrivacyRequestCounts(int Open, int Overdue);

/// <summary>Everything every module holds on the person, labels in the current UI culture. Null when no application
/// has this id. Delivering it closes the person's open access request (or records one received and done now).</summary>
public sealed record ExportPersonalData(Guid ApplicationId, Guid DeliveredBy) : IRequest<PersonalDataExport?>;

public sealed record PersonalDataExport(
    Guid ApplicationId, string PersonName, string Culture, DateTimeOffset GeneratedAt, IReadOnlyList<HeldData> Modules);

/// <summary>What erasing the person would delete and anonymise, module by module. Null when unknown.</summary>
public sealed record PlanPersonErasure(Guid ApplicationId) : IQuery<PersonErasurePlan?>;

public sealed record PersonErasurePlan(Guid ApplicationId, string PersonName, IReadOnlyList<ErasureReport> Modules);

/// <summary>Erases the person in every module (each in its own transaction; re-runnable until all succeeded), then
/// closes their open erasure request or records one done now. Null when unknown.</summary>
public sealed record ErasePerson(Guid ApplicationId, Guid ErasedBy) : IRequest<IReadOnlyList<ErasureReport>?>;
