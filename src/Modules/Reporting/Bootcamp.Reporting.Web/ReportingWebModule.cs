using Bootcamp.Identity;
using Bootcamp.Web.Home;

namespace Bootcamp.Reporting.Web;

/// <summary>Reporting's pages (in this assembly), API and header links, as the Host composes them.</summary>
public sealed class ReportingWebModule : WebModule
{
    public override string Name => "Reporting";

    public override void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddHomeSection<Home.SponsorHomeSection>();

    public override IEnumerable<NavigationEntry> Navigation =>
    [
        new("/Staff/Reports", () => ReportingText.ReportsLink, Policies.Staff, 70),
        new("/Staff/Sponsors", () => ReportingText.SponsorsLink, Policies.Staff, 80),
        new("/Sponsor", () => ReportingText.PortalTitle, Policies.Sponsor, 90),
    ];
}
