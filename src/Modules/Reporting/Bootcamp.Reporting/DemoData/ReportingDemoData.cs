using Bootcamp.Reporting.Figures;
using Bootcamp.Reporting.Persistence;
using Bootcamp.Reporting.Sponsors;
using Bootcamp.Shared;
using Bootcamp.Shared.DemoData;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Reporting.DemoData;

/// <summary>The seed programme's sponsors. TD funds the two past programme years as a whole and the first session of this
/// year; SAP, GitHub, Microsoft and IBM take the other sessions in turn. Runs after the placements history (Order 60) so the
/// reports are full on first run; does nothing once any sponsor exists.</summary>
internal sealed class ReportingDemoData(ReportingDbContext db, IMediator mediator, TimeProvider clock) : IDemoDataSeeder
{
    public const string MainSponsor = "TD";

    private static readonly string[] Others = ["SAP", "GitHub", "Microsoft", "IBM"];

    public int Order => 80;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Sponsors.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var thisYear = ProgrammeTime.Today(clock).Year;
        var sponsors = new[] { MainSponsor }.Concat(Others)
            .ToDictionary(n => n, n => new Sponsor { Id = Guid.CreateVersion7(), Name = n, CreatedAt = now });
        db.Sponsors.AddRange(sponsors.Values);
        foreach (var year in new[] { thisYear - 2, thisYear - 1 })
        {
            db.Sponsorships.Add(new Sponsorship { Id = Guid.CreateVersion7(), SponsorId = sponsors[MainSponsor].Id, Year = year, CreatedAt = now });
        }

        var recent = (await Funding.AllSessionsAsync(mediator, null, null, cancellationToken)).Where(s => s.StartDate.Year >= thisYear).ToList();
        for (var i = 0; i < recent.Count; i++)
        {
            var sponsor = i == 0 ? sponsors[MainSponsor] : sponsors[Others[(i - 1) % Others.Length]];
            db.Sponsorships.Add(new Sponsorship { Id = Guid.CreateVersion7(), SponsorId = sponsor.Id, SessionId = recent[i].Id, CreatedAt = now });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
