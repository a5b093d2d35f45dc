using Bootcamp.Attendance.PersonalData;
using Bootcamp.Shared.Contracts.PersonalData;
using System.Reflection;
using Bootcamp.Attendance.Calendar;
using Bootcamp.Attendance.Calendar.Reminders;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Digest;
using Bootcamp.Attendance.Marks;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Attendance.Rules;
using Bootcamp.Attendance.Summary;
using Bootcamp.Shared.Jobs;
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

    public override void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AttendanceDbContext>(Schema);
        services.AddOptions<AttendanceOptions>().Bind(configuration.GetSection(AttendanceOptions.Section))
            .Validate(o => o.AtRisk.ThresholdPercent is >= 0 and <= 100 && o.AtRisk.GraceDays >= 0 && o.AtRisk.DigestCheckInterval > TimeSpan.Zero,
                "Attendance:AtRisk: ThresholdPercent must be 0–100, GraceDays ≥ 0 and DigestCheckInterval positive.")
            .ValidateOnStart();
        services.AddScoped<SessionAttendance>();
        services.AddScoped<IPersonalDataHolder, AttendancePersonalDataHolder>();
        services.AddScoped<AttendanceSheets>();
        services.AddSingleton(CalendarOrganizer.From(configuration["Email:From"]));
        services.AddScoped<EveningMails>();
        services.AddScoped<EveningNotices>();
        services.AddBootcampRecurringJob<EveningReminderJob>(
            EveningReminderJob.Name, configuration.GetValue("Attendance:Reminders:CheckInterval", TimeSpan.FromHours(1)), exclusive: true);
        services.AddBootcampRecurringJob<AtRiskDigestJob>(
            AtRiskDigestJob.Name, configuration.GetValue("Attendance:AtRisk:DigestCheckInterval", TimeSpan.FromHours(1)), exclusive: true);
    }
}
