using System.Text.Json.Serialization;
using Bootcamp.Applications;
using Bootcamp.Attendance;
using Bootcamp.Mail;
using Bootcamp.Host.DemoData;
using Bootcamp.Identity;
using Bootcamp.Shared.DemoData;
using Bootcamp.Placements;
using Bootcamp.Portfolios;
using Bootcamp.Reporting;
using Bootcamp.Sessions;
using Bootcamp.Shared.Jobs;
using Bootcamp.Shared.Modules;
using Bootcamp.Surveys;

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
    ];

    public static WebApplicationBuilder AddBootcamp(this WebApplicationBuilder builder)
    {
        builder.AddBootcampDataProtection();
        builder.Services.AddBootcampModules(builder.Configuration, Modules());
        builder.Services.AddBootcampMail(builder.Configuration, builder.Environment);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddScoped<IDemoDataSeeder, InstructorsDemoData>();
        builder.Services.AddScoped<IDemoDataSeeder, SponsorUsersDemoData>();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddBootcampLocalization();
        builder.Services.AddBootcampIdentity(builder.Configuration);
        builder.Services.AddGitHubLinking(builder.Configuration);
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
        app.UseWhen(c => WebShell.IsApi(c.Request), api => api.UseExceptionHandler());
        app.UseWhen(c => !WebShell.IsApi(c.Request), pages => pages.UseExceptionHandler("/Error"));
        app.UseBootcampWeb();
        app.UseJobsDashboard();
        app.MapBootcampHealthChecks();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }
}
