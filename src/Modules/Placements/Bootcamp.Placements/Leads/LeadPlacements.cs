using Bootcamp.Placements.Persistence;
using Bootcamp.Placements.Recording;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Placements.Leads;

/// <summary>A lead with their placements, newest start date first (never empty).</summary>
internal sealed record LeadFacts(PlacementLead Lead, IReadOnlyList<Placement> Placements);

internal static class LeadPlacements
{
    /// <summary>Leads that have a placement.</summary>
    /// <param name="sessionIds">Their sessions; null for every session.</param>
    public static async Task<List<LeadFacts>> ForAsync(PlacementsDbContext db, IReadOnlyCollection<Guid>? sessionIds, CancellationToken cancellationToken)
    {
        var query = db.Placements.AsNoTracking()
            .Join(db.PlacementLeads.AsNoTracking(), p => p.LeadId, l => (Guid?)l.Id, (p, l) => new { p, l });
        var rows = await (sessionIds is null ? query : query.Where(r => sessionIds.Contains(r.l.SessionId))).ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.l.Id).Select(g => new LeadFacts(
            g.First().l,
            [.. g.Select(r => r.p).OrderByDescending(p => p.StartDate).ThenByDescending(p => p.RecordedAt).ThenByDescending(p => p.Id)]))];
    }
}
