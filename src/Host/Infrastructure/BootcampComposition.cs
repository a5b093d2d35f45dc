using Bootcamp.Applications;
using Bootcamp.Applications.Web;
using Bootcamp.Attendance;
using Bootcamp.Attendance.Web;
using Bootcamp.Mail;
using Bootcamp.Messages;
using Bootcamp.Messages.Web;
using Bootcamp.Host.DemoData;
using Bootcamp.Host.Accounts;
using Bootcamp.Host.Infrastructure.Operations;
using Bootcamp.Identity;
using Bootcamp.Identity.Team;
using Bootcamp.Shared.DemoData;
using Bootcamp.Placements;
using Bootcamp.Placements.Web;
using Bootcamp.Portfolios;
using Bootcamp.Portfolios.Web;
using Bootcamp.Privacy;
using Bootcamp.Privacy.Web;
using Bootcamp.Reporting;
using Bootcamp.Reporting.Web;
using Bootcamp.Sessions;
using Bootcamp.Sessions.Web;
using Bootcamp.Shared.Jobs;
using Bootcamp.Shared.Modules;
using Bootcamp.Surveys;
using Bootcamp.Surveys.Web;
using Bootcamp.Web.Home;

namespace Bootcamp.Host.Infrastructure;

internal static class BootcampComposition
{
    /// <summary>Every module the application is made of. The architecture tests read this list too.</summary>
    public static ModuleDefinition[] Modules() =>
    [
        new SessionsModule(),
        new ApplicationsModule(),
        new AttendanceModule(),
        new SurveysModule(),
        new PlacementsModule(),
        new PortfoliosModule(),
        new ReportingModule(),
        new PrivacyModule(),
        new MessagesModule(),
    ];

    /// <summary>Every module's pages, API and header links, in the order the header lists them.</summary>
    public static WebModule[] WebModules() =>
    [
        new SessionsWebModule(),
        new ApplicationsWebModule(),
        new AttendanceWebModule(),
        new SurveysWebModule(),
        new PlacementsWebModule(),
        new PortfoliosWebModule(),
        new ReportingWebModule(),
        new PrivacyWebModule(),
        new MessagesWebModule(),
    ];

    /// <summary>The Host's own links: the admin's Operations area (it links to the jobs dashboard), and the mailbox
    /// where mail is not real.</summary>
    private static NavigationEntry[] HostNavigation(IHostEnvironment environment) =>
    [
        new("/People", () => AdminText.NavFind, Policies.People, 85),
        new("/Staff/Team", () => AdminText.NavTeam, Policies.Staff, 90),
        new("/Admin/Audit", () => AdminText.NavAudit, Policies.Admin, 95),
        new("/Admin/Operations", () => OperationsText.NavOperations, Policies.Admin, 100),
        .. DevelopmentMailbox.IsAvailable(environment)
            ? new[] { new NavigationEntry(DevelopmentMailbox.Path, () => HostText.NavMailbox, Policies.Admin, 105) }
            : [],
    ];

    public static WebApplicationBuilder AddBootcamp(this WebApplicationBuilder builder)
    {
        builder.AddBootcampDataProtection();
        builder.Services.AddBootcampForwardedHeaders(builder.Configuration);
        builder.Services.AddBootcampModules(builder.Configuration, Modules());
        builder.Services.AddBootcampMail(builder.Configuration, builder.Environment);
        builder.Services.AddBootcampApiInput();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddScoped<IDemoDataSeeder, TeamDemoData>();
        builder.Services.AddScoped<IDemoDataSeeder, InstructorsDemoData>();
        builder.Services.AddScoped<IDemoDataSeeder, SponsorUsersDemoData>();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddBootcampLocalization();
        builder.Services.AddBootcampIdentity(builder.Configuration);
        builder.Services.AddScoped<IInvitationMailer, InvitationMailer>();
        builder.Services.AddScoped<InstructorLeaving>();
        builder.Services.AddHomeSection<AdminHomeSection>();
        foreach (var web in WebModules())
        {
            web.AddServices(builder.Services, builder.Configuration);
            foreach (var entry in web.Navigation)
            {
                builder.Services.AddSingleton(entry);
            }
        }

        foreach (var entry in HostNavigation(builder.Environment))
        {
            builder.Services.AddSingleton(entry);
        }

        builder.Services.AddSingleton<OperationsSummary>();
        builder.Services.AddSingleton<ModuleHealth>();

        // The notice, the footers and the retention jobs read these; one binding so they cannot disagree.
        builder.Services.Configure<Bootcamp.Shared.Privacy.PrivacyOptions>(builder.Configuration.GetSection(Bootcamp.Shared.Privacy.PrivacyOptions.Section));
        builder.Services.Configure<Bootcamp.Shared.Privacy.RetentionOptions>(builder.Configuration.GetSection(Bootcamp.Shared.Privacy.RetentionOptions.Section));
        builder.Services.AddBootcampWeb();
        builder.Services.AddBootcampRateLimiting(builder.Configuration);
        builder.Services.AddBootcampJobs(builder.Configuration, builder.Environment);
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<HangfireHealthCheck>("jobs", tags: ["ready"]);
        return builder;
    }

    public static WebApplication UseBootcamp(this WebApplication app)
    {
        // First: everything after it, the rate limits included, sees the client a trusted proxy forwarded.
        app.UseBootcampForwardedHeaders();
        app.UseWhen(c => WebShell.IsApi(c.Request), api => api.UseExceptionHandler());
        app.UseWhen(c => !WebShell.IsApi(c.Request), pages => pages.UseExceptionHandler("/Error"));
        app.UseBootcampWeb();
        app.UseJobsDashboard();
        app.MapBootcampHealthChecks();
        app.MapOpenApi().AllowAnonymous().LimitAnonymous();
        return app;
    }

    public static WebApplication MapBootcampApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").LimitAnonymous();
        api.AddEndpointFilterFactory(ApiInput.EnumArguments);
        foreach (var web in WebModules())
        {
            web.MapApi(api);
        }

        return app;
    }
}
