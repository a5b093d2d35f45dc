using Bootcamp.Placements.PersonalData;
using Bootcamp.Shared.Contracts.PersonalData;
using System.Reflection;
using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Dispatch;
using Bootcamp.Placements.FollowUps;
using Bootcamp.Placements.Persistence;
using Bootcamp.Shared.Jobs;
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

    public override void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PlacementsDbContext>(Schema);
        services.AddScoped<IPersonalDataHolder, PlacementsPersonalDataHolder>();
        services.AddOptions<FollowUpOptions>().Bind(configuration.GetSection(FollowUpOptions.Section))
            .Validate(o => o.EffectiveOffsets().Count > 0 && o.ReminderAfter > TimeSpan.Zero && o.LastWaveOpenDays > 0
                    && o.DispatchInterval > TimeSpan.Zero && o.BatchSize > 0,
                "Placements:FollowUp: Offsets must hold positive months, ReminderAfter, LastWaveOpenDays, DispatchInterval and BatchSize must be positive.")
            .ValidateOnStart();
        services.AddBootcampRecurringJob<DispatchFollowUpsJob>(
            DispatchFollowUpsJob.Name, configuration.GetValue("Placements:FollowUp:DispatchInterval", TimeSpan.FromMinutes(15)), exclusive: false);
    }
}
