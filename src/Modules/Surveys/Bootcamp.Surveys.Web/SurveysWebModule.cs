using Bootcamp.Surveys.Contracts;
using Bootcamp.Web.Home;

namespace Bootcamp.Surveys.Web;

/// <summary>Surveys's pages (in this assembly), API and header links, as the Host composes them.</summary>
public sealed class SurveysWebModule : WebModule
{
    internal const string SurveyLink = "survey";

    public override string Name => "Surveys";

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddPrivateLink(SurveyLink, (mediator, token, ct) => mediator.Send(new GetSurveyByToken(token), ct));
        services.AddHomeSection<Home.LowResponseHomeSection>();
    }

    public override void MapApi(IEndpointRouteBuilder api)
    {
        api.MapSurveysApi();
    }
}
