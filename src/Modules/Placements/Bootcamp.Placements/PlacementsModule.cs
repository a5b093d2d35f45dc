using System.Reflection;
using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Persistence;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Placements;

/// <summary>Placements, time-to-job, follow-up waves at 1/2/3 months.</summary>
public sealed class PlacementsModule : ModuleDefinition
{
    public override string Name => "Placements";
    public override string Schema => PlacementsDbContext.SchemaName;
    public override Type DbContextType => typeof(PlacementsDbContext);
    public override Assembly ContractsAssembly => typeof(OutcomeCode).Assembly;

    public override void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<PlacementsDbContext>(Schema);
}
