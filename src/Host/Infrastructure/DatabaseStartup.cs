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

        if (configuration.GetValue("Bootcamp:DemoData:Enabled", development))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoDataRunner>().RunAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "All module migrations applied")]
    private static partial void LogMigrated(ILogger logger);
}
