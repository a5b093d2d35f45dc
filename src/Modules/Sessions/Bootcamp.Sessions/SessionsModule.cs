using System.Reflection;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
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

    public override void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<SessionsDbContext>(Schema);
}
