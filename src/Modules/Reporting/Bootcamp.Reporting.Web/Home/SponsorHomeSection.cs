using System.Globalization;
using System.Security.Claims;
using Bootcamp.Identity;
using Bootcamp.Placements.Contracts;
using Bootcamp.Reporting.Contracts;
using Bootcamp.Web.Home;
using MediatR;
using Microsoft.AspNetCore.Identity;

namespace Bootcamp.Reporting.Web.Home;

/// <summary>A sponsor's home: the headline figures of everything it funds — the portal's, through the same disclosure
/// control (<see cref="GetSponsorReportFigures"/>) — and the way to its reports. The sponsor is the signed-in user's own.</summary>
internal sealed class SponsorHomeSection(IMediator mediator, UserManager<BootcampUser> users) : HomeSection
{
    public override string Policy => Policies.Sponsor;

    public override int Order => 0;

    public override async Task<HomeCard?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if ((await users.GetUserAsync(user))?.SponsorId is not { } sponsorId)
        {
            return new HomeCard(ReportingText.PortalTitle, [], ReportingText.NoSponsorLinked);
        }

        var funding = await mediator.Send(new GetSponsorFunding(sponsorId), cancellationToken);
        if (funding.Sessions.Count == 0)
        {
            return new HomeCard(funding.Name, [], ReportingText.NothingFunded);
        }

        var f = await mediator.Send(new GetSponsorReportFigures(sponsorId), cancellationToken);
        var culture = CultureInfo.CurrentCulture;
        string Of(PlacementFigure figure, decimal? rate, ReportCount part, ReportCount whole) =>
            $"{Display.Percent(rate)} — {PlacementLabels.FigureOf(figure, part.Format(f.Threshold, culture), whole.Format(f.Threshold, culture))}";
        return new HomeCard(
            string.Format(culture, ReportingText.HomeSponsorTitle, funding.Name),
            [
                new HomeItem(Of(PlacementFigure.EmploymentRate, f.PlacedRate, f.Placed, f.PlacementDenominator), null, "/Sponsor"),
                new HomeItem(Of(PlacementFigure.PlacedWithinThreeMonths, f.PlacedWithinThreeMonthsRate, f.PlacedWithinThreeMonths, f.PlacementDenominator), null, "/Sponsor"),
                new HomeItem(Of(PlacementFigure.InFieldRate, f.InFieldRate, f.InField, f.Placed), null, "/Sponsor"),
                new HomeItem(ReportingText.HomeSponsorReports, null, "/Sponsor", IsAction: true),
            ]);
    }
}
