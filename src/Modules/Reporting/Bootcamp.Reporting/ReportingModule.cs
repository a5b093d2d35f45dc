using System.Reflection;
using Bootcamp.Reporting.Contracts;
using Bootcamp.Reporting.Disclosure;
using Bootcamp.Reporting.Figures;
using Bootcamp.Reporting.Persistence;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Reporting;

/// <summary>Dashboards, sponsor PDF impact reports, CSV exports, small-count suppression.</summary>
public sealed class ReportingModule : ModuleDefinition
{
    public override string Name => "Reporting";
    public override string Schema => ReportingDbContext.SchemaName;
    public override Type DbContextType => typeof(ReportingDbContext);
    public override Assembly ContractsAssembly => typeof(ReportScope).Assembly;

    public override void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ReportingDbContext>(Schema);
        services.AddOptions<DisclosureOptions>().Bind(configuration.GetSection(DisclosureOptions.Section))
            .Validate(o => o.MinimumCount >= 2 && o.MinimumForImmigrationStatus >= o.MinimumCount,
                "Reporting:Disclosure: MinimumCount must be at least 2 and MinimumForImmigrationStatus at least MinimumCount.")
            .ValidateOnStart();
        services.AddScoped<FiguresSource>();
    }
}
