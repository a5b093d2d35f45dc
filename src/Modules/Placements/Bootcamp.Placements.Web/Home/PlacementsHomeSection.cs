using System.Security.Claims;
using Bootcamp.Identity;
using Bootcamp.Placements.Contracts;
using Bootcamp.Web.Home;
using MediatR;

namespace Bootcamp.Placements.Web.Home;

/// <summary>The placement director's home: follow-ups going out or held up, people to chase, self-reported placements to
/// verify, and leads (people who left for a job) with no placement recorded yet.</summary>
internal sealed class PlacementsHomeSection(IMediator mediator) : HomeSection
{
    public override string Policy => Policies.Placements;

    public override int Order => 60;

    public override async Task<HomeCard?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var workload = await mediator.Send(new GetFollowUpWorkload(), cancellationToken);
        var unverified = await mediator.Send(new GetPlacements(new PlacementFilter(null, null, null, Verified: false, CurrentOnly: true), 1, 1), cancellationToken);
        var leads = await mediator.Send(new GetPlacementLeads(), cancellationToken);

        var items = new List<HomeItem>();
        Add(items, PlacementsText.HomeOverdue, workload.Overdue, "/Placements", urgent: true);
        Add(items, PlacementsText.HomeToChase, workload.ToChase, "/Placements#to-chase", urgent: true);
        Add(items, PlacementsText.HomeDueThisWeek, workload.DueThisWeek, "/Placements", urgent: false);
        Add(items, PlacementsText.HomeUnverified, unverified.Total, "/Placements/History?verified=false", urgent: false);
        Add(items, PlacementsText.HomeLeads, leads.Count(l => l.Placement is null), "/Placements/Leads", urgent: false);
        return new HomeCard(PlacementsText.HomeTitle, items, PlacementsText.HomeEmpty);
    }

    private static void Add(List<HomeItem> items, string text, int count, string href, bool urgent)
    {
        if (count > 0)
        {
            items.Add(new HomeItem(text, count, href, urgent));
        }
    }
}
