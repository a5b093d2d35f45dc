using System.Globalization;
using System.Security.Claims;
using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Web.Home;
using MediatR;

namespace Bootcamp.Sessions.Web.Home;

/// <summary>Staff's home: sessions whose application window closes within <see cref="Days"/> days, so the last
/// applications get screened and the selection is ready when it does.</summary>
internal sealed class WindowsClosingHomeSection(IMediator mediator, TimeProvider clock) : HomeSection
{
    public const int Days = 7;

    public override string Policy => Policies.Staff;

    public override int Order => 20;

    public override async Task<HomeCard?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var today = Display.Today(clock);
        var sessions = await mediator.Send(new GetUpcomingSessions(today), cancellationToken);
        var items = sessions
            .Where(s => s.ApplicationOpensOn <= today && s.ApplicationClosesOn <= today.AddDays(Days))
            .OrderBy(s => s.ApplicationClosesOn).ThenBy(s => s.Title)
            .Select(s => new HomeItem(
                string.Format(CultureInfo.CurrentCulture, SessionsText.HomeWindowCloses, s.Title, Display.ShortDate(s.ApplicationClosesOn)),
                null,
                $"/Staff/Applications?session={s.Id}",
                Urgent: s.ApplicationClosesOn <= today.AddDays(1)))
            .ToList();
        return items.Count == 0 ? null : new HomeCard(SessionsText.HomeWindowsTitle, items);
    }
}
