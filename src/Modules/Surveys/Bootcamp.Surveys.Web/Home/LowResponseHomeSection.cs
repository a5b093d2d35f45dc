using System.Globalization;
using System.Security.Claims;
using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Web.Home;
using MediatR;

namespace Bootcamp.Surveys.Web.Home;

/// <summary>Staff's home: surveys still open whose response rate is under <see cref="Threshold"/> (decisions/0016).</summary>
internal sealed class LowResponseHomeSection(IMediator mediator) : HomeSection
{
    /// <summary>Half: under it, a pre/post change or an evaluation says little about the cohort.</summary>
    public const decimal Threshold = 0.5m;

    public override string Policy => Policies.Staff;

    public override int Order => 50;

    public override async Task<HomeCard?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var low = await mediator.Send(new GetLowResponseSurveys(Threshold), cancellationToken);
        if (low.Count == 0)
        {
            return null;
        }

        var titles = await mediator.Send(new GetSessionTitles([.. low.Select(l => l.SessionId).Distinct()]), cancellationToken);
        var items = low
            .Select(l => new HomeItem(
                string.Format(CultureInfo.CurrentCulture, SurveysText.HomeLowResponse, titles.GetValueOrDefault(l.SessionId, ""),
                    SurveysDisplay.Kind(l.Kind), Display.Percent(l.Rate), l.Answered, l.Invited),
                null, $"/Staff/Sessions/Surveys?id={l.SessionId}"))
            .ToList();
        return new HomeCard(SurveysText.HomeLowResponseTitle, items);
    }
}
