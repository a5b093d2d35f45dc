using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bootcamp.Shared.Outbox;

/// <summary>
/// Every module's outbox as the admin's operations pages see it: what failed, what is stuck, and the retry of a failed
/// message. Reads types, ids, attempts and the first line of the error, never a payload (events can carry personal
/// data). A consumer's failure shows on its publisher's row: the inbox records only the handlers that succeeded.
/// </summary>
public sealed partial class OutboxOperations(
    ModuleCatalog catalog,
    NpgsqlDataSource dataSource,
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    TimeProvider clock,
    ILogger<OutboxOperations> logger)
{
    /// <summary>A message due for longer than this and still not processed: the dispatcher polls every few seconds and
    /// waits at most ten minutes between retries, so no node is dispatching that module's outbox.</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromMinutes(15);

    public const int MaxPageSize = 200;

    private const int MaxErrorLength = 300;

    // Schemas are the modules' constants, never input; values are parameters.
    private const string Unprocessed = "processed_at IS NULL AND failed_at IS NULL";

    private static string LockSql(string schema) => "SELECT * FROM " + schema + ".outbox_messages WHERE id = {0} FOR UPDATE";

    public IReadOnlyList<string> Modules => catalog.Modules.Select(m => m.Name).ToList();

    /// <summary>Each module's failed, stuck, retrying and pending messages: one count query over every outbox.</summary>
    public async Task<IReadOnlyList<OutboxModuleCounts>> CountsAsync(CancellationToken ct)
    {
        var parts = catalog.Modules.Select((m, i) =>
            $"SELECT {i} AS module, " +
            "count(*) FILTER (WHERE failed_at IS NOT NULL) AS failed, " +
            $"count(*) FILTER (WHERE {Unprocessed} AND next_attempt_at < $1) AS stuck, " +
            $"count(*) FILTER (WHERE {Unprocessed} AND next_attempt_at >= $1 AND attempts > 0) AS retrying, " +
            $"count(*) FILTER (WHERE {Unprocessed}) AS pending " +
            $"FROM {m.Schema}.outbox_messages WHERE processed_at IS NULL");
        await using var command = dataSource.CreateCommand(string.Join(" UNION ALL ", parts));
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() - StuckAfter });
        var counts = new List<(int Index, OutboxModuleCounts Counts)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var index = reader.GetInt32(0);
            counts.Add((index, new OutboxModuleCounts(
                catalog.Modules[index].Name, (int)reader.GetInt64(1), (int)reader.GetInt64(2), (int)reader.GetInt64(3), (int)reader.GetInt64(4))));
        }

        return counts.OrderBy(c => c.Index).Select(c => c.Counts).ToList();
    }

    /// <summary>The messages that need a look (failed, stuck or being retried), newest first, optionally of one module
    /// and in one state. An unknown module lists nothing.</summary>
    public async Task<OutboxPage> ListAsync(OutboxQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(query.Page, 1);
        var modules = catalog.Modules
            .Select((m, i) => (Module: m, Index: i))
            .Where(x => query.Module is null || string.Equals(x.Module.Name, query.Module, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (modules.Count == 0)
        {
            return new OutboxPage([], 0, page, size);
        }

        var state = query.State switch
        {
            OutboxState.Failed => "failed_at IS NOT NULL AND processed_at IS NULL",
            OutboxState.Stuck => $"{Unprocessed} AND next_attempt_at < $1",
            OutboxState.Retrying => $"{Unprocessed} AND next_attempt_at >= $1 AND attempts > 0",
            _ => $"processed_at IS NULL AND (failed_at IS NOT NULL OR next_attempt_at < $1 OR attempts > 0)",
        };
        if (query.Id is not null)
        {
            state += " AND id = $4";
        }

        var rows = string.Join(" UNION ALL ", modules.Select(x =>
            $"SELECT {x.Index} AS module, id, type, attempts, left(split_part(last_error, E'\\n', 1), {MaxErrorLength}) AS error, " +
            $"occurred_at, next_attempt_at, failed_at FROM {x.Module.Schema}.outbox_messages WHERE {state}"));
        var stuckBefore = clock.GetUtcNow() - StuckAfter;

        await using var count = dataSource.CreateCommand($"SELECT count(*) FROM ({rows}) AS problems");
        count.Parameters.Add(new NpgsqlParameter { Value = stuckBefore });
        if (query.Id is { } countId)
        {
            // Positional parameters must all be present: $2 and $3 only matter to the list.
            count.Parameters.Add(new NpgsqlParameter { Value = 0 });
            count.Parameters.Add(new NpgsqlParameter { Value = 0L });
            count.Parameters.Add(new NpgsqlParameter { Value = countId });
        }

        var total = (int)(long)(await count.ExecuteScalarAsync(ct))!;

        await using var list = dataSource.CreateCommand($"SELECT * FROM ({rows}) AS problems ORDER BY occurred_at DESC, id DESC LIMIT $2 OFFSET $3");
        list.Parameters.Add(new NpgsqlParameter { Value = stuckBefore });
        list.Parameters.Add(new NpgsqlParameter { Value = size });
        list.Parameters.Add(new NpgsqlParameter { Value = (long)(page - 1) * size });
        if (query.Id is { } listId)
        {
            list.Parameters.Add(new NpgsqlParameter { Value = listId });
        }

        var items = new List<OutboxItem>();
        await using var reader = await list.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var failedAt = reader.IsDBNull(7) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(7);
            var nextAttemptAt = reader.GetFieldValue<DateTimeOffset>(6);
            var itemState = failedAt is not null ? OutboxState.Failed : nextAttemptAt < stuckBefore ? OutboxState.Stuck : OutboxState.Retrying;
            items.Add(new OutboxItem(
                catalog.Modules[reader.GetInt32(0)].Name,
                reader.GetGuid(1),
                reader.GetString(2),
                itemState,
                reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetFieldValue<DateTimeOffset>(5),
                nextAttemptAt,
                failedAt));
        }

        return new OutboxPage(items, total, page, size);
    }

    /// <summary>One message of <paramref name="module"/>'s outbox, without its payload; null when there is none or it
    /// was processed.</summary>
    public async Task<OutboxItem?> FindAsync(string module, Guid id, CancellationToken ct)
    {
        if (!catalog.Modules.Any(m => string.Equals(m.Name, module, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var found = await ListAsync(new OutboxQuery(module, null, 1, MaxPageSize, id), ct);
        return found.Items.SingleOrDefault();
    }

    /// <summary>Puts a failed message of <paramref name="module"/> back to due now with its attempts reset, and wakes
    /// the dispatcher. A message that is not failed (already retried, pending or processed) is left alone. Null when
    /// there is no such module or message.</summary>
    public async Task<OutboxRetryOutcome?> RetryAsync(string module, Guid id, CancellationToken ct)
    {
        var definition = catalog.Modules.FirstOrDefault(m => string.Equals(m.Name, module, StringComparison.OrdinalIgnoreCase));
        if (definition is null)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(definition.DbContextType);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Locked as the dispatcher's claim locks it: a retry waits for a dispatch holding the row, and two retries take turns.
        var sql = LockSql(db.Schema);
        var message = (await db.OutboxMessages
            .FromSqlRaw(sql, id)
            .ToListAsync(ct)).SingleOrDefault();
        if (message is null)
        {
            return null;
        }

        if (!message.RetryAfterFailure(clock.GetUtcNow()))
        {
            return OutboxRetryOutcome.NotFailed;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        LogRetried(message.Type, message.Id, definition.Name);
        signal.Notify();
        return OutboxRetryOutcome.Retried;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox {Type} {Id} of module {Module} put back to due by an admin")]
    private partial void LogRetried(string type, Guid id, string module);
}

public enum OutboxState
{
    /// <summary>Ran out of attempts; waits for an admin's retry.</summary>
    Failed,

    /// <summary>Due for longer than <see cref="OutboxOperations.StuckAfter"/> and not processed: nothing dispatches it.</summary>
    Stuck,

    /// <summary>Failed at least once, will be tried again.</summary>
    Retrying,
}

public enum OutboxRetryOutcome
{
    Retried,
    NotFailed,
}

public sealed record OutboxModuleCounts(string Module, int Failed, int Stuck, int Retrying, int Pending);

/// <param name="Id">Only this message (for a confirmation page).</param>
public sealed record OutboxQuery(string? Module, OutboxState? State, int Page, int PageSize, Guid? Id = null);

public sealed record OutboxPage(IReadOnlyList<OutboxItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>One outbox message without its payload.</summary>
public sealed record OutboxItem(
    string Module,
    Guid Id,
    string Type,
    OutboxState State,
    int Attempts,
    string? Error,
    DateTimeOffset OccurredAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? FailedAt);
