using Bootcamp.Shared.Contracts;
using MediatR;

namespace Bootcamp.Privacy.Contracts;

/// <summary>Whether the incident presents a risk of serious injury to the people concerned (Law 25 s. 3.7): when it
/// does, the Commission d'accès à l'information and the people concerned must be told promptly (s. 3.5).</summary>
public enum IncidentRisk
{
    NotAssessed,
    Low,
    Serious,
}

public enum IncidentState
{
    Open,
    Closed,
}

/// <summary>What the admin writes about an incident. Never names the people concerned: their number and which
/// categories of information (the register itself must not become a new leak).</summary>
public sealed record IncidentDetails(
    string? Summary,
    string? DataConcerned,
    DateOnly? OccurredOn,
    DateOnly? DiscoveredOn,
    int? PeopleConcerned,
    IncidentRisk Risk,
    string? RiskAssessment,
    DateOnly? CommissionNotifiedOn,
    DateOnly? PeopleNotifiedOn,
    string? Measures);

public sealed record IncidentDto(
    Guid Id,
    int Number,
    IncidentDetails Details,
    DateTimeOffset RecordedAt,
    Guid RecordedBy,
    DateOnly? ClosedOn,
    Guid? ClosedBy,
    uint Version)
{
    public IncidentState State => ClosedOn is null ? IncidentState.Open : IncidentState.Closed;

    /// <summary>Serious and someone still to be told: what the register flags.</summary>
    public bool NotificationsMissing =>
        Details.Risk == IncidentRisk.Serious && (Details.CommissionNotifiedOn is null || Details.PeopleNotifiedOn is null);
}

/// <summary>Records an incident in the register (s. 3.8); returns its id.</summary>
public sealed record RecordIncident(IncidentDetails Details, Guid RecordedBy) : ICommand<Guid>;

/// <summary>Updates an open incident as it is assessed and notified. <paramref name="Version"/> is the one the admin
/// read: a change made meanwhile by someone else is refused rather than overwritten.</summary>
public sealed record UpdateIncident(Guid Id, IncidentDetails Details, uint Version) : ICommand<Guid>;

/// <summary>Closes an incident: its measures are written, and a serious one has both notification dates.</summary>
public sealed record CloseIncident(Guid Id, Guid ClosedBy, uint Version) : ICommand<Guid>;

/// <summary>The register, open incidents first, newest first within each.</summary>
public sealed record GetIncidents(IncidentState? State, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<IncidentDto>>;

/// <summary>One incident, or null.</summary>
public sealed record GetIncident(Guid Id) : IQuery<IncidentDto?>;

/// <summary>Every incident, for the CSV export (the register is small: a few a year).</summary>
public sealed record GetAllIncidents : IQuery<IReadOnlyList<IncidentDto>>;

/// <summary>For the admin's home: incidents still open, and serious ones with someone still to be told.</summary>
public sealed record GetIncidentCounts : IQuery<IncidentCounts>;

public sealed record IncidentCounts(int Open, int NotificationsMissing);
