namespace Bootcamp.Portfolios.Web;

/// <summary>Portfolios's pages (in this assembly), API and header links, as the Host composes them.</summary>
public sealed class PortfoliosWebModule : WebModule
{
    public override string Name => "Portfolios";

    public override void AddServices(IServiceCollection services, IConfiguration configuration) =>
        services.AddGitHubLinking(configuration);
}
