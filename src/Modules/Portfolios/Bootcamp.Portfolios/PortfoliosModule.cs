using Bootcamp.Portfolios.PersonalData;
using Bootcamp.Shared.Contracts.PersonalData;
using System.Reflection;
using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.GitHub;
using Bootcamp.Portfolios.Persistence;
using Bootcamp.Portfolios.Sync;
using Bootcamp.Shared.Jobs;
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

    public override void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PortfoliosDbContext>(Schema);
        services.AddOptions<GitHubOptions>().Bind(configuration.GetSection(GitHubOptions.Section))
            .Validate(o => Uri.TryCreate(o.BaseUrl, UriKind.Absolute, out _) && o.Timeout > TimeSpan.Zero && o.SyncInterval > TimeSpan.Zero
                    && o.MaxRepositories > 0,
                "Portfolios:GitHub: BaseUrl must be an absolute address; Timeout, SyncInterval and MaxRepositories must be positive.")
            .ValidateOnStart();
        services.AddOptions<CuratingOptions>().Bind(configuration.GetSection(CuratingOptions.Section))
            .Validate(o => o.MaxShown > 0 && o.ProjectsWanted > 0, "Portfolios:Curating: MaxShown and ProjectsWanted must be positive.")
            .ValidateOnStart();
        services.AddSingleton<GitHubRateGate>();
        services.AddScoped<IGitHubResponseStore, DatabaseResponseCache>();
        services.AddScoped<PortfolioSync>();
        services.AddScoped<IPersonalDataHolder, PortfoliosPersonalDataHolder>();
        services.AddHttpClient(GitHubApi.HttpClientName);
        services.AddScoped<GitHubApi>();
        services.AddBootcampRecurringJob<SyncPortfoliosJob>(
            SyncPortfoliosJob.Name, configuration.GetValue("Portfolios:GitHub:SyncInterval", TimeSpan.FromHours(24)), exclusive: false);
    }
}
