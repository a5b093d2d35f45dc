using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.Reviewing.DataAccessAudit;

internal sealed class GetDataAccessAuditHandler(ApplicationsDbContext db) : IRequestHandler<GetDataAccessAudit, PagedResult<AuditEntryDto>>
{
    public async Task<PagedResult<AuditEntryDto>> Handle(GetDataAccessAudit request, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Normalise(request.Page, request.PageSize);
        var entries = db.AuditEntries.AsNoTracking();
        if (request.ActorId is { } actor)
        {
            entries = entries.Where(e => e.ActorId == actor);
        }

        if (request.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.At >= start);
        }

        if (request.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            entries = entries.Where(e => e.At < end);
        }

        var total = await entries.CountAsync(cancellationToken);
        var items = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(e => new AuditEntryDto(e.Id, e.ApplicationId, e.SessionId, e.ActorId, e.Action, e.At))
            .ToListAsync(cancellationToken);
        return new PagedResult<AuditEntryDto>(items, page, size, total);
    }
}
