using Bootcamp.Identity;
using Bootcamp.Shared.DemoData;
using Bootcamp.Shared.Modules;

namespace Bootcamp.Host.Infrastructure;

internal static partial class DatabaseStartup
{
    /// <summary>`dotnet Bootcamp.Host.dll migrate`: the explicit production path.</summary>
    public static async Task MigrateAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<ModuleMigrator>().MigrateAsync();
        LogMigrated(app.Logger);
    }

    /// <summary>In Development the schema follows the code and demo data fills every page; elsewhere migrations are an
    /// explicit step (see deploy/OPERATIONS.md) and demo data only when asked for.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        var development = app.Environment.IsDevelopment();
        if (configuration.GetValue("Bootcamp:Database:MigrateAtStartup", development))
        {
            await app.Services.GetRequiredService<ModuleMigrator>().MigrateAsync();
        }

        await using var scope = app.Services.CreateAsyncScope();
        var identity = scope.ServiceProvider.GetRequiredService<IdentitySeeder>();
        var logins = new List<DemoLogin>();
        if (await identity.EnsureFirstAdminAsync() is { } admin)
        {
            logins.Add(admin);
        }

        if (configuration.GetValue("Bootcamp:DemoData:Enabled", development))
        {
            logins.AddRange(await identity.EnsureDemoPeopleAsync());
            await scope.ServiceProvider.GetRequiredService<DemoDataRunner>().RunAsync();
            app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app, logins));
        }
    }

    /// <summary>What a developer needs after <c>dotnet run</c>: where to go and whom to sign in as.</summary>
    private static void PrintWelcome(WebApplication app, IReadOnlyList<DemoLogin> logins)
    {
        var urls = string.Join(", ", app.Urls);
        var lines = new List<string> { "", "Bootcamp is running with demo data at " + urls, "Demo sign-ins (email / password / role):" };
        lines.AddRange(logins.Select(l => $"  {l.Email,-30} {l.Password,-22} {l.Role}"));
        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "All module migrations applied")]
    private static partial void LogMigrated(ILogger logger);
}
