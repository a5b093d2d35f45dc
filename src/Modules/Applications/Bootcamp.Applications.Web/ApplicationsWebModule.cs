using Bootcamp.Applications.Contracts;
using Bootcamp.Identity;
using Bootcamp.Web.Home;

namespace Bootcamp.Applications.Web;

/// <summary>Applications's pages (in this assembly), API and header links, as the Host composes them.</summary>
public sealed class ApplicationsWebModule : WebModule
{
    /// <summary>The applicant's status link: the status page and the public applications API.</summary>
    public const string StatusLink = "application-status";

    public override string Name => "Applications";

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPrivateLink(StatusLink, (mediator, token, ct) => mediator.Send(new GetApplicationByToken(token), ct));
        services.AddHomeSection<Home.ApplicationsHomeSection>();
    }

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
