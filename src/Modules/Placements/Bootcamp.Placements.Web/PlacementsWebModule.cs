using Bootcamp.Identity;
using Bootcamp.Web.Home;
using Bootcamp.Placements.Contracts;

namespace Bootcamp.Placements.Web;

/// <summary>Placements's pages (in this assembly), API and header links, as the Host composes them.</summary>
public sealed class PlacementsWebModule : WebModule
{
    internal const string FollowUpLink = "follow-up";

    public override string Name => "Placements";

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPrivateLink(FollowUpLink, (mediator, token, ct) => mediator.Send(new GetFollowUpByToken(token), ct));
        services.AddHomeSection<Home.PlacementsHomeSection>();
    }

    public override IEnumerable<NavigationEntry> Navigation =>
    [
        new("/Placements", () => PlacementsText.NavPlacements, Policies.Placements, 30),
    ];
}
