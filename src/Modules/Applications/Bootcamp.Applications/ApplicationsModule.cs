using System.Reflection;
using Bootcamp.Applications.Applying;
using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Persistence;
using Bootcamp.Applications.PersonalData;
using Bootcamp.Applications.Screening;
using Bootcamp.Applications.Selecting;
using Bootcamp.Applications.Waitlist;
using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Shared.Jobs;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Applications;

/// <summary>Applicants, applications, screening, quota-aware selection, waitlist, confirmations.</summary>
public sealed class ApplicationsModule : ModuleDefinition
{
    public override string Name => "Applications";
    public override string Schema => ApplicationsDbContext.SchemaName;
    public override Type DbContextType => typeof(ApplicationsDbContext);
    public override Assembly ContractsAssembly => typeof(ApplicantCategory).Assembly;

    public override void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ApplicationsDbContext>(Schema);
        services.Configure<CategoryRuleOptions>(configuration.GetSection(CategoryRuleOptions.Section));
        services.Configure<SelectionOptions>(configuration.GetSection(SelectionOptions.Section));
        services.AddOptions<ScreeningCriteriaOptions>().Bind(configuration.GetSection(ScreeningCriteriaOptions.Section))
            .Validate(o => o.IsValid(), "Applications:Screening:Criteria: every criterion needs a unique key, a weight and a max of at least 1.")
            .ValidateOnStart();
        services.AddScoped<SelectionPlanner>();
        services.AddScoped<SeatOffers>();
        services.Configure<Links.StatusLinkOptions>(configuration.GetSection(Links.StatusLinkOptions.Section));
        services.AddScoped<Links.StatusLinkIssuer>();
        services.AddScoped<Mails.ApplicationMails>();
        services.AddScoped<Mails.ApplicantTexts>();
        services.AddScoped<Notices.ApplicantNotices>();
        services.AddScoped<IPersonalDataHolder, ApplicationsPersonalDataHolder>();
        services.AddScoped<IAuditTrail, Reviewing.DataAccessAudit.DataAccessAuditTrail>();
        services.AddBootcampRecurringJob<ReleaseExpiredSeatsJob>(
            ReleaseExpiredSeatsJob.Name, configuration.GetValue("Applications:Selection:ReleaseCheckInterval", TimeSpan.FromMinutes(5)), exclusive: true);
    }
}
