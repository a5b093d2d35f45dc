using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.Home;

internal sealed class GetApplicationWorkloadHandler(ApplicationsDbContext db) : IRequestHandler<GetApplicationWorkload, IReadOnlyList<ApplicationWorkloadDto>>
{
    public async Task<IReadOnlyList<ApplicationWorkloadDto>> Handle(GetApplicationWorkload request, CancellationToken cancellationToken)
    {
        var ids = (request.SessionIds ?? []).Distinct().ToList();
        var rows = await db.Applications.AsNoTracking()
            .Where(a => ids.Contains(a.SessionId))
            .GroupBy(a => a.SessionId)
            .Select(g => new ApplicationWorkloadDto(
                g.Key,
                g.Count(a => a.Status == ApplicationStatus.Submitted && a.Screening == ScreeningState.Pending),
                g.Count(a => a.Status == ApplicationStatus.Admitted),
                g.Count(a => a.Status == ApplicationStatus.Waitlisted)))
            .ToListAsync(cancellationToken);
        return rows;
    }
}
