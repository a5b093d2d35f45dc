using System.Reflection;
using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.Persistence;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Portfolios;

/// <summary>GitHub links, synced repositories, curated portfolio, public portfolio page.</summary>
public sealed class PortfoliosModule : ModuleDefinition
{
    public override string Name => "Portfolios";
    public override string Schema => PortfoliosDbContext.SchemaName;
    public override Type DbContextType => typeof(PortfoliosDbContext);
    public override Assembly ContractsAssembly => typeof(PortfolioVisibility).Assembly;

    public override void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<PortfoliosDbContext>(Schema);
}
