using System.Globalization;
using System.Security.Claims;
using Bootcamp.Identity;
using Bootcamp.Privacy.Contracts;
using Bootcamp.Web.Home;
using MediatR;

namespace Bootcamp.Privacy.Web.Home;

/// <summary>The admin's privacy requests waiting for an answer, those past their 30-day deadline first and urgent, and
/// the confidentiality incidents still open (urgent while a serious one has someone still to be told). Nothing open, no
/// card.</summary>
internal sealed class PrivacyHomeSection(IMediator mediator) : HomeSection
{
    public override string Policy => Policies.Admin;

    public override int Order => 20;

    public override async Task<HomeCard?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var counts = await mediator.Send(new GetPrivacyRequestCounts(), cancellationToken);
        var incidents = await mediator.Send(new GetIncidentCounts(), cancellationToken);
        if (counts.Open == 0 && incidents.Open == 0)
        {
            return null;
        }

        var culture = CultureInfo.CurrentCulture;
        List<HomeItem> items = [];
        if (counts.Overdue > 0)
        {
            items.Add(new HomeItem(string.Format(culture, PrivacyText.HomeOverdue, counts.Overdue), counts.Overdue, "/Admin/Privacy", Urgent: true));
        }

        if (counts.Open > 0)
        {
            items.Add(new HomeItem(string.Format(culture, PrivacyText.HomeOpen, counts.Open), counts.Open, "/Admin/Privacy"));
        }

        if (incidents.NotificationsMissing > 0)
        {
            items.Add(new HomeItem(string.Format(culture, PrivacyText.HomeIncidentsUnnotified, incidents.NotificationsMissing),
                incidents.NotificationsMissing, "/Admin/Privacy/Incidents?state=Open", Urgent: true));
        }

        if (incidents.Open > 0)
        {
            items.Add(new HomeItem(string.Format(culture, PrivacyText.HomeIncidentsOpen, incidents.Open), incidents.Open, "/Admin/Privacy/Incidents?state=Open"));
        }

        return new HomeCard(PrivacyText.RegisterTitle, items);
    }
}
