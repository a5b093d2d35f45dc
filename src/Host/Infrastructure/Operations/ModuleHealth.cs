using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Outbox;
using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Bootcamp.Host.Infrastructure.Operations;

internal enum HealthLevel
{
    Ok,
    Warning,
    Failing,
}

internal enum HealthReason
{
    /// <summary>The schema's tables could not be read.</summary>
    Unreachable,

    /// <summary>Migrations of this version of the code are not applied to the database.</summary>
    PendingMigrations,

    /// <summary>Events due long ago and not dispatched: no node dispatches this outbox.</summary>
    StuckEvents,

    /// <summary>Events that ran out of attempts.</summary>
    FailedEvents,

    /// <summary>Events that failed and will be tried again.</summary>
    RetryingEvents,
}

/// <param name="Count">How many migrations or events the reason is about (0 for <see cref="HealthReason.Unreachable"/>).</param>
internal sealed record HealthFinding(HealthReason Reason, HealthLevel Level, int Count);

/// <summary>One module (or platform store: identity, mail) and what is wrong with it, worst first; none is OK.</summary>
internal sealed record ModuleHealthEntry(string Name, string Schema, IReadOnlyList<HealthFinding> Findings)
{
    public HealthLevel Level => Findings.Count == 0 ? HealthLevel.Ok : Findings.Max(f => f.Level);
}

/// <summary>
/// Each module's health as an operator needs it: its schema answers, every migration of the running code is applied,
/// and its outbox flows. One history-table query per store plus the outbox counts the caller already has.
/// </summary>
internal sealed class ModuleHealth(ModuleCatalog catalog, IEnumerable<PlatformDbContext> platformStores, IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<ModuleHealthEntry>> CheckAsync(IReadOnlyList<OutboxModuleCounts> outbox, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        var entries = new List<ModuleHealthEntry>();
        foreach (var module in catalog.Modules)
        {
            var findings = new List<HealthFinding>();
            if (await MigrationsAsync(module.DbContextType, cancellationToken) is { } migrations)
            {
                findings.Add(migrations);
            }

            if (outbox.FirstOrDefault(o => o.Module == module.Name) is { } events)
            {
                Add(findings, HealthReason.StuckEvents, HealthLevel.Failing, events.Stuck);
                Add(findings, HealthReason.FailedEvents, HealthLevel.Warning, events.Failed);
                Add(findings, HealthReason.RetryingEvents, HealthLevel.Warning, events.Retrying);
            }

            entries.Add(new ModuleHealthEntry(module.Name, module.Schema, findings));
        }

        foreach (var store in platformStores)
        {
            var migrations = await MigrationsAsync(store.DbContextType, cancellationToken);
            entries.Add(new ModuleHealthEntry(store.Schema, store.Schema, migrations is null ? [] : [migrations]));
        }

        return entries;
    }

    private static void Add(List<HealthFinding> findings, HealthReason reason, HealthLevel level, int count)
    {
        if (count > 0)
        {
            findings.Add(new HealthFinding(reason, level, count));
        }
    }

    private async Task<HealthFinding?> MigrationsAsync(Type contextType, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            // As the migrator does: asking a schema without history for pending migrations logs a failed query.
            var pending = await db.GetService<IHistoryRepository>().ExistsAsync(cancellationToken)
                ? (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count()
                : db.Database.GetMigrations().Count();
            return pending > 0 ? new HealthFinding(HealthReason.PendingMigrations, HealthLevel.Failing, pending) : null;
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return new HealthFinding(HealthReason.Unreachable, HealthLevel.Failing, 0);
        }
    }
}

/// <summary>The development mailbox (bodies included) is for machines whose mail is not real: Development, and the
/// Testing environment the integration tests run in.</summary>
internal static class DevelopmentMailbox
{
    public const string Path = "/Admin/Mailbox";

    public static bool IsAvailable(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing");
}
