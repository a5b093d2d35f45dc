using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Bootcamp.Shared.Jobs;
using Bootcamp.Shared.Persistence;
using Microsoft.Extensions.Logging;

namespace Bootcamp.Shared.Modules;

/// <summary>Applies every module's migrations, each into its own schema with its own history table, then has Hangfire
/// install its tables in schema <c>hangfire</c> when jobs are registered.</summary>
public sealed partial class ModuleMigrator(
    IServiceScopeFactory scopes, ModuleCatalog catalog, IEnumerable<PlatformDbContext> platformContexts, ILogger<ModuleMigrator> logger,
    HangfireSchema? hangfireSchema = null)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var stores = catalog.Modules.Select(m => (m.Name, m.Schema, m.DbContextType))
            .Concat(platformContexts.Select(p => (Name: p.DbContextType.Name, p.Schema, p.DbContextType)));
        foreach (var (name, schema, contextType) in stores)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            // Asking a fresh schema for pending migrations logs a failed query; ask whether history exists first.
            var hasHistory = await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken);
            var pending = hasHistory ? (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count() : db.Database.GetMigrations().Count();
            await db.Database.MigrateAsync(cancellationToken);
            LogMigrated(name, schema, pending);
        }

        if (hangfireSchema is not null)
        {
            await hangfireSchema.EnsureAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Module {Module} (schema {Schema}): {Count} migration(s) applied")]
    private partial void LogMigrated(string module, string schema, int count);
}
