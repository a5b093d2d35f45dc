using Bootcamp.Identity;

namespace Bootcamp.Applications.Web;

/// <summary>Applications's pages (in this assembly), API and header links, as the Host composes them.</summary>
public sealed class ApplicationsWebModule : WebModule
{
    public override string Name => "Applications";

    public override void MapApi(IEndpointRouteBuilder api)
    {
        api.MapStaffApplicationsApi();
        api.MapApplicationsApi();
    }

    public override IEnumerable<NavigationEntry> Navigation =>
    [
        new("/Staff/Applications", () => ApplicationsText.NavApplications, Policies.Staff, 50),
    ];
}
