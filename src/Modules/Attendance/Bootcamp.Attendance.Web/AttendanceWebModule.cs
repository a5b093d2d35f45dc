using Bootcamp.Identity;
using Bootcamp.Web.Home;

namespace Bootcamp.Attendance.Web;

/// <summary>Attendance's pages (in this assembly), API and header links, as the Host composes them.</summary>
public sealed class AttendanceWebModule : WebModule
{
    public override string Name => "Attendance";

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddHomeSection<Home.TonightHomeSection>();
        services.AddHomeSection<Home.AtRiskHomeSection>();
        services.AddHomeSection<Home.MilestonesDueHomeSection>();
    }

    public override void MapApi(IEndpointRouteBuilder api)
    {
        api.MapAttendanceApi();
    }

    public override IEnumerable<NavigationEntry> Navigation =>
    [
        new("/Teach", () => AttendanceText.TeachTitle, Policies.Teaching, 20),
    ];
}
