using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Privacy.Retention.Runs;

internal sealed class GetRetentionRunsHandler(PrivacyDbContext db) : IRequestHandler<GetRetentionRuns, IReadOnlyList<RetentionRunDto>>
{
    public async Task<IReadOnlyList<RetentionRunDto>> Handle(GetRetentionRuns request, CancellationToken cancellationToken)
    {
        var perRule = Math.Clamp(request.PerRule, 1, 50);
        var runs = new List<RetentionRunDto>();
        foreach (var rule in Enum.GetValues<RetentionRule>())
        {
            var last = await db.RetentionRuns.AsNoTracking().Where(r => r.Rule == rule)
                .OrderByDescending(r => r.RanAt).Take(perRule).ToListAsync(cancellationToken);
            runs.AddRange(last.Select(r => r.ToDto()));
        }

        return runs;
    }
}
