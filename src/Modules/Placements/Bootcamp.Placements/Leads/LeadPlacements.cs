using Bootcamp.Placements.Persistence;
using Bootcamp.Placements.Recording;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Placements.Leads;

/// <summary>A lead with their placements, newest start date first (never empty).</summary>
internal sealed record LeadFacts(PlacementLead Lead, IReadOnlyList<Placement> Placements);

internal static class LeadPlacements
{
    /// <summary>Leads that have a placement; <paramref name="year"/> is the year they withdrew.</summary>
    public static async Task<List<LeadFacts>> ForAsync(PlacementsDbContext db, int? year, Guid? sessionId, CancellationToken cancellationToken)
    {
        var rows = await db.Placements.AsNoTracking()
            .Join(db.PlacementLeads.AsNoTracking(), p => p.LeadId, l => (Guid?)l.Id, (p, l) => new { p, l })
            .Where(r => sessionId == null || r.l.SessionId == sessionId)
            .Where(r => year == null || (r.l.ReportedOn >= new DateOnly(year.Value, 1, 1) && r.l.ReportedOn <= new DateOnly(year.Value, 12, 31)))
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.l.Id).Select(g => new LeadFacts(
            g.First().l,
            [.. g.Select(r => r.p).OrderByDescending(p => p.StartDate).ThenByDescending(p => p.RecordedAt).ThenByDescending(p => p.Id)]))];
    }
}
