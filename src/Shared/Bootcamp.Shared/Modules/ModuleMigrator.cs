using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bootcamp.Shared.Modules;

/// <summary>Applies every module's migrations, each into its own schema with its own history table.</summary>
public sealed partial class ModuleMigrator(IServiceScopeFactory scopes, ModuleCatalog catalog, ILogger<ModuleMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        foreach (var module in catalog.Modules)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            // Asking a fresh schema for pending migrations logs a failed query; ask whether history exists first.
            var hasHistory = await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken);
            var pending = hasHistory ? (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count() : db.Database.GetMigrations().Count();
            await db.Database.MigrateAsync(cancellationToken);
            LogMigrated(module.Name, module.Schema, pending);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Module {Module} (schema {Schema}): {Count} migration(s) applied")]
    private partial void LogMigrated(string module, string schema, int count);
}
