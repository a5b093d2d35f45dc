using Bootcamp.Applications.Applying;
using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.Reporting;

internal sealed class GetApplicationCountsHandler(ApplicationsDbContext db) : IRequestHandler<GetApplicationCounts, IReadOnlyList<ApplicationCountDto>>
{
    public async Task<IReadOnlyList<ApplicationCountDto>> Handle(GetApplicationCounts request, CancellationToken cancellationToken)
    {
        var ids = (request.SessionIds ?? []).Distinct().ToList();
        var rows = await db.Applications.AsNoTracking().Where(a => ids.Contains(a.SessionId))
            .GroupBy(a => new { a.SessionId, a.Category })
            .Select(g => new { g.Key.SessionId, g.Key.Category, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.SessionId).ThenBy(r => r.Category).Select(r => new ApplicationCountDto(r.SessionId, r.Category, r.Count))];
    }
}

internal sealed class GetAggregateReportingExclusionsHandler(ApplicationsDbContext db)
    : IRequestHandler<GetAggregateReportingExclusions, IReadOnlyList<Guid>>
{
    public async Task<IReadOnlyList<Guid>> Handle(GetAggregateReportingExclusions request, CancellationToken cancellationToken)
    {
        var ids = (request.SessionIds ?? []).Distinct().ToList();
        var applications = await db.Applications.AsNoTracking().Where(a => ids.Contains(a.SessionId)).Select(a => a.Id).ToListAsync(cancellationToken);
        return await ConsentLedger.NotInForceAsync(db, applications, ConsentPurpose.AggregateReporting, cancellationToken);
    }
}
