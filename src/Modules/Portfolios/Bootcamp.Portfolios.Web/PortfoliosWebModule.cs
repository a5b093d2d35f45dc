using Bootcamp.Portfolios.Contracts;

namespace Bootcamp.Portfolios.Web;

/// <summary>Portfolios's pages (in this assembly), API and header links, as the Host composes them.</summary>
public sealed class PortfoliosWebModule : WebModule
{
    /// <summary>The participant's portfolio page, under their application's status link: only once they are enrolled.</summary>
    internal const string PortfolioLink = "portfolio";

    public override string Name => "Portfolios";

    public override void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddGitHubLinking(configuration);
        services.AddPrivateLink(PortfolioLink, (mediator, token, ct) => mediator.Send(new GetPortfolioByApplicationToken(token), ct));
    }
}
