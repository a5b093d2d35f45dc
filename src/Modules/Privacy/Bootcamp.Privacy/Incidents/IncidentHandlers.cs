using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.Persistence;
using Bootcamp.Privacy.Resources;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Privacy.Incidents;

internal sealed class RecordIncidentHandler(PrivacyDbContext db, TimeProvider clock) : IRequestHandler<RecordIncident, Guid>
{
    public async Task<Guid> Handle(RecordIncident request, CancellationToken cancellationToken)
    {
        // Two admins recording at once would read the same last number: the command's transaction takes the register's
        // lock first, so the second waits and numbers after the first (the unique index is the backstop).
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"privacy.incidents"}, 0))", cancellationToken);
        var number = (await db.Incidents.MaxAsync(i => (int?)i.Number, cancellationToken) ?? 0) + 1;
        var incident = ConfidentialityIncident.Record(number, request.Details, request.RecordedBy, clock.GetUtcNow(), ProgrammeTime.Today(clock));
        db.Incidents.Add(incident);
        return incident.Id;
    }
}

internal sealed class UpdateIncidentHandler(PrivacyDbContext db, TimeProvider clock) : IRequestHandler<UpdateIncident, Guid>
{
    public async Task<Guid> Handle(UpdateIncident request, CancellationToken cancellationToken)
    {
        var incident = await IncidentStore.FindAsync(db, request.Id, request.Version, cancellationToken);
        incident.Update(request.Details, ProgrammeTime.Today(clock));
        await IncidentStore.SaveAsync(db, cancellationToken);
        return incident.Id;
    }
}

internal sealed class CloseIncidentHandler(PrivacyDbContext db, TimeProvider clock) : IRequestHandler<CloseIncident, Guid>
{
    public async Task<Guid> Handle(CloseIncident request, CancellationToken cancellationToken)
    {
        var incident = await IncidentStore.FindAsync(db, request.Id, request.Version, cancellationToken);
        incident.Close(request.ClosedBy, ProgrammeTime.Today(clock));
        await IncidentStore.SaveAsync(db, cancellationToken);
        return incident.Id;
    }
}

internal static class IncidentStore
{
    public static async Task<ConfidentialityIncident> FindAsync(PrivacyDbContext db, Guid id, uint version, CancellationToken cancellationToken)
    {
        var incident = await db.Incidents.FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new NotFoundException(PrivacyMessages.IncidentNotFound);
        // The version the admin read is what EF compares on save: a change made since is refused, not overwritten.
        db.Entry(incident).Property(i => i.Version).OriginalValue = version;
        return incident;
    }

    public static async Task SaveAsync(PrivacyDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConflictException(PrivacyMessages.IncidentChangedMeanwhile, ex);
        }
    }

    public static IncidentDto ToDto(ConfidentialityIncident i) =>
        new(i.Id, i.Number, i.Details(), i.RecordedAt, i.RecordedBy, i.ClosedOn, i.ClosedBy, i.Version);
}

internal sealed class GetIncidentsHandler(PrivacyDbContext db) : IRequestHandler<GetIncidents, PagedResult<IncidentDto>>
{
    public async Task<PagedResult<IncidentDto>> Handle(GetIncidents request, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Normalise(request.Page, request.PageSize);
        var query = db.Incidents.AsNoTracking();
        query = request.State switch
        {
            IncidentState.Open => query.Where(i => i.ClosedOn == null),
            IncidentState.Closed => query.Where(i => i.ClosedOn != null),
            _ => query,
        };
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(i => i.ClosedOn == null ? 0 : 1).ThenByDescending(i => i.Number)
            .Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedResult<IncidentDto>([.. rows.Select(IncidentStore.ToDto)], page, size, total);
    }
}

internal sealed class GetIncidentHandler(PrivacyDbContext db) : IRequestHandler<GetIncident, IncidentDto?>
{
    public async Task<IncidentDto?> Handle(GetIncident request, CancellationToken cancellationToken) =>
        await db.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == request.Id, cancellationToken) is { } incident
            ? IncidentStore.ToDto(incident)
            : null;
}

internal sealed class GetAllIncidentsHandler(PrivacyDbContext db) : IRequestHandler<GetAllIncidents, IReadOnlyList<IncidentDto>>
{
    public async Task<IReadOnlyList<IncidentDto>> Handle(GetAllIncidents request, CancellationToken cancellationToken) =>
        [.. (await db.Incidents.AsNoTracking().OrderBy(i => i.Number).ToListAsync(cancellationToken)).Select(IncidentStore.ToDto)];
}

internal sealed class GetIncidentCountsHandler(PrivacyDbContext db) : IRequestHandler<GetIncidentCounts, IncidentCounts>
{
    public async Task<IncidentCounts> Handle(GetIncidentCounts request, CancellationToken cancellationToken)
    {
        var open = db.Incidents.AsNoTracking().Where(i => i.ClosedOn == null);
        return new IncidentCounts(
            await open.CountAsync(cancellationToken),
            await open.CountAsync(i => i.Risk == IncidentRisk.Serious && (i.CommissionNotifiedOn == null || i.PeopleNotifiedOn == null), cancellationToken));
    }
}
