using Bootcamp.Identity;

namespace Bootcamp.Placements.Web;

/// <summary>Placements's pages (in this assembly), API and header links, as the Host composes them.</summary>
public sealed class PlacementsWebModule : WebModule
{
    public override string Name => "Placements";

    public override IEnumerable<NavigationEntry> Navigation =>
    [
        new("/Placements", () => PlacementsText.NavPlacements, Policies.Placements, 30),
    ];
}
