using Bootcamp.Attendance.Contracts;
using Bootcamp.Identity;
using Bootcamp.Web.Home;

namespace Bootcamp.Attendance.Web;

/// <summary>Attendance's pages (in this assembly), API and header links, as the Host composes them.</summary>
public sealed class AttendanceWebModule : WebModule
{
    public override string Name => "Attendance";

    /// <summary>An instructor's private calendar feed (<c>/api/public/calendars/{token}</c>).</summary>
    public const string CalendarFeedLink = "attendance.calendar-feed";

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddHomeSection<Home.TonightHomeSection>();
        services.AddHomeSection<Home.AtRiskHomeSection>();
        services.AddHomeSection<Home.MilestonesDueHomeSection>();
        services.AddPrivateLink(CalendarFeedLink, (mediator, token, ct) => mediator.Send(new OpenCalendarFeed(token), ct));
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
