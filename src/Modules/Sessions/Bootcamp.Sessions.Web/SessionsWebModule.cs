using Bootcamp.Identity;
using Bootcamp.Web.Home;

namespace Bootcamp.Sessions.Web;

/// <summary>Sessions's pages (in this assembly), API and header links, as the Host composes them.</summary>
public sealed class SessionsWebModule : WebModule
{
    public override string Name => "Sessions";

    public override void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddHomeSection<Home.WindowsClosingHomeSection>();

    public override void MapApi(IEndpointRouteBuilder api)
    {
        api.MapSessionsApi();
        api.MapRosterApi();
    }

    public override IEnumerable<NavigationEntry> Navigation =>
    [
        new("/Public/Sessions", () => SessionsText.NavUpcomingSessions, null, 10),
        new("/Staff/Sessions", () => SessionsText.NavSessions, Policies.Staff, 40),
        new("/Staff/Tracks", () => SessionsText.NavTracks, Policies.Staff, 60),
    ];
}
