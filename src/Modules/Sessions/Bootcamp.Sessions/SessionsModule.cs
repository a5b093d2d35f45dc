using Bootcamp.Sessions.PersonalData;
using Bootcamp.Shared.Contracts.PersonalData;
using System.Reflection;
using Bootcamp.Sessions.Certificates;
using Bootcamp.Sessions.Completion;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Shared.Jobs;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Sessions;

/// <summary>Tracks and sessions: dates, evening schedule, capacity, quota ratio, instructors, sponsors.</summary>
public sealed class SessionsModule : ModuleDefinition
{
    public override string Name => "Sessions";
    public override string Schema => SessionsDbContext.SchemaName;
    public override Type DbContextType => typeof(SessionsDbContext);
    public override Assembly ContractsAssembly => typeof(ScheduleSession).Assembly;

    public override void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<SessionsDbContext>(Schema);
        services.AddOptions<CompletionOptions>().Bind(configuration.GetSection(CompletionOptions.Section))
            .Validate(o => o.AttendanceThresholdPercent is >= 0 and <= 100, "Sessions:Completion:AttendanceThresholdPercent is a percentage (0–100).")
            .ValidateOnStart();
        services.AddScoped<CertificateRenderer>();
        services.AddScoped<IPersonalDataHolder, SessionsPersonalDataHolder>();
        services.AddScoped<ICertificateRenderer>(sp => sp.GetRequiredService<CertificateRenderer>());
        services.AddBootcampRecurringJob<DecideCompletionsJob>(
            DecideCompletionsJob.Name, configuration.GetValue("Sessions:Completion:CheckInterval", TimeSpan.FromHours(1)), exclusive: true);
    }
}
