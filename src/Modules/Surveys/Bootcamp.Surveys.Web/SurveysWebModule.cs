namespace Bootcamp.Surveys.Web;

/// <summary>Surveys's pages (in this assembly), API and header links, as the Host composes them.</summary>
public sealed class SurveysWebModule : WebModule
{
    public override string Name => "Surveys";

    public override void MapApi(IEndpointRouteBuilder api)
    {
        api.MapSurveysApi();
    }
}
