using System.Globalization;
using System.Security.Claims;
using Bootcamp.Applications.Contracts;
using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Web.Home;
using MediatR;

namespace Bootcamp.Applications.Web.Home;

/// <summary>Staff's home: per session in selection, the applications to screen, the seats offered and not confirmed yet,
/// and the waitlist. Screening left once the window has closed holds up the selection: it is urgent.</summary>
internal sealed class ApplicationsHomeSection(IMediator mediator, TimeProvider clock) : HomeSection
{
    public override string Policy => Policies.Staff;

    public override int Order => 10;

    public override async Task<HomeCard?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var today = Display.Today(clock);
        var sessions = await mediator.Send(new GetSessionsInSelection(today), cancellationToken);
        if (sessions.Count == 0)
        {
            return null;
        }

        var workload = (await mediator.Send(new GetApplicationWorkload([.. sessions.Select(s => s.Id)]), cancellationToken))
            .ToDictionary(w => w.SessionId);
        var items = new List<HomeItem>();
        foreach (var session in sessions)
        {
            if (!workload.TryGetValue(session.Id, out var w))
            {
                continue;
            }

            var list = $"/Staff/Applications?session={session.Id}";
            Add(items, ApplicationsText.HomeToScreen, session.Title, w.AwaitingScreening, $"{list}&status=Submitted&screening=Pending",
                urgent: session.ApplicationClosesOn < today);
            Add(items, ApplicationsText.HomeToConfirm, session.Title, w.AwaitingConfirmation, $"{list}&status=Admitted", urgent: false);
            Add(items, ApplicationsText.HomeWaitlisted, session.Title, w.Waitlisted, $"{list}&status=Waitlisted", urgent: false);
        }

        return new HomeCard(ApplicationsText.HomeTitle, items, ApplicationsText.HomeEmpty);
    }

    private static void Add(List<HomeItem> items, string format, string session, int count, string href, bool urgent)
    {
        if (count > 0)
        {
            items.Add(new HomeItem(string.Format(CultureInfo.CurrentCulture, format, session), count, href, urgent));
        }
    }
}
