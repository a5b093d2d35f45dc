using Hangfire.PostgreSql;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bootcamp.Shared.Jobs;

/// <summary>
/// Hangfire's tables live in their own PostgreSQL schema, <c>hangfire</c>, installed and upgraded by Hangfire's own
/// versioned scripts. <c>migrate</c> (through the module migrator, so also a Host that migrates at startup) runs them
/// here without building a storage or starting a server; a running Host only does so with <c>Jobs:PrepareSchema</c>.
/// Idempotent: each script version is applied once.
/// </summary>
public sealed partial class HangfireSchema(NpgsqlDataSource dataSource, ILogger<HangfireSchema> logger)
{
    /// <summary>The PostgreSQL schema holding Hangfire's tables (<c>hangfire.job</c>, <c>hangfire.server</c>, …).</summary>
    public const string Schema = "hangfire";

    // Serialises Hosts migrating at once (the key spells "BootHgfr"): the scripts' own schema check can race.
    private const string LockSql = "SELECT pg_advisory_lock(4787167474139752050)";
    private const string UnlockSql = "SELECT pg_advisory_unlock(4787167474139752050)";

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var take = new NpgsqlCommand(LockSql, connection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            // Synchronous in the library; run once per migration.
            await Task.Run(() => PostgreSqlObjectsInstaller.Install(connection, Schema), cancellationToken);
        }
        finally
        {
            await using var release = new NpgsqlCommand(UnlockSql, connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }

        LogReady(Schema);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Hangfire job storage ready in schema {Schema}")]
    private partial void LogReady(string schema);
}
