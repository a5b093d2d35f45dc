using System.Reflection;
using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.PersonalData;
using Bootcamp.Privacy.Persistence;
using Bootcamp.Privacy.Retention;
using Bootcamp.Privacy.Retention.AuditEntries;
using Bootcamp.Privacy.Retention.MailBodies;
using Bootcamp.Privacy.Retention.NotAdmitted;
using Bootcamp.Privacy.Retention.Participants;
using Bootcamp.Privacy.Retention.Runs;
using Bootcamp.Shared.Jobs;
using Bootcamp.Shared.Privacy;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Privacy;

/// <summary>Law 25 made operable: the register of access and erasure requests with their deadline, and the export and
/// erasure of one person across every module that holds data on them (decisions/0018).</summary>
public sealed class PrivacyModule : ModuleDefinition
{
    public override string Name => "Privacy";
    public override string Schema => PrivacyDbContext.SchemaName;
    public override Type DbContextType => typeof(PrivacyDbContext);
    public override Assembly ContractsAssembly => typeof(PrivacyRequestKind).Assembly;

    public override void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<PrivacyDbContext>(Schema);
        services.AddScoped<PersonalDataOffice>();
        services.AddScoped<ExpiredPeople>();
        services.AddScoped<RetentionLog>();
        // One job per rule (decisions/0020), each on the same interval. Exclusive: two runs at once would erase the same
        // people twice over (harmless, the holders are idempotent) and record two runs for one piece of work.
        var interval = configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>()?.RunInterval ?? new RetentionOptions().RunInterval;
        services.AddBootcampRecurringJob<NotAdmittedRetentionJob>(NotAdmittedRetentionJob.Name, interval, exclusive: true);
        services.AddBootcampRecurringJob<ParticipantRetentionJob>(ParticipantRetentionJob.Name, interval, exclusive: true);
        services.AddBootcampRecurringJob<MailBodyRetentionJob>(MailBodyRetentionJob.Name, interval, exclusive: true);
        services.AddBootcampRecurringJob<AuditRetentionJob>(AuditRetentionJob.Name, interval, exclusive: true);
    }
}
