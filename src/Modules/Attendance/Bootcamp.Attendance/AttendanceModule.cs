using System.Reflection;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Attendance;

/// <summary>Class meetings, attendance marks, curriculum milestones and progress, at-risk signals.</summary>
public sealed class AttendanceModule : ModuleDefinition
{
    public override string Name => "Attendance";
    public override string Schema => AttendanceDbContext.SchemaName;
    public override Type DbContextType => typeof(AttendanceDbContext);
    public override Assembly ContractsAssembly => typeof(GetClassMeetings).Assembly;

    public override void Register(IServiceCollection services, IConfiguration configuration) =>
        services.AddModuleDbContext<AttendanceDbContext>(Schema);
}
