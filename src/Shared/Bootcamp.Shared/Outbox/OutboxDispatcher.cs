using Bootcamp.Shared.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bootcamp.Shared.Outbox;

/// <summary>
/// Claims a batch of a module's pending outbox rows with <c>FOR UPDATE SKIP LOCKED</c>, so several Host instances can
/// dispatch side by side without publishing a row twice at the same time, and publishes each through MediatR in a scope
/// of its own. Handlers deduplicate through their inbox, so a crash after a handler committed is harmless.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IntegrationEventTypes eventTypes,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    // The schema is the module's constant, never input; the values are parameters.
    private static string ClaimSql(string schema) =>
        "SELECT * FROM " + schema + ".outbox_messages WHERE processed_at IS NULL AND failed_at IS NULL AND next_attempt_at <= {0} " +
        "ORDER BY occurred_at, id LIMIT {1} FOR UPDATE SKIP LOCKED";

    /// <summary>Dispatches one batch of the given module's outbox; returns how many rows it handled.</summary>
    public async Task<int> DispatchBatchAsync(Type dbContextType, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(dbContextType);
        var settings = options.Value;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sql = ClaimSql(db.Schema);
        var batch = await db.OutboxMessages.FromSqlRaw(sql, clock.GetUtcNow(), settings.BatchSize).ToListAsync(cancellationToken);

        foreach (var message in batch)
        {
            try
            {
                var integrationEvent = eventTypes.Deserialize(message.Type, message.Payload);
                await using var handlerScope = scopes.CreateAsyncScope();
                await handlerScope.ServiceProvider.GetRequiredService<IMediator>().Publish(integrationEvent, cancellationToken);
                message.ProcessedAt = clock.GetUtcNow();
                message.LastError = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                message.Attempts++;
                message.LastError = ex.ToString()[..Math.Min(ex.ToString().Length, 4000)];
                var backoff = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, message.Attempts), settings.MaxBackoff.TotalSeconds));
                message.NextAttemptAt = clock.GetUtcNow() + backoff;
                if (message.Attempts >= settings.MaxAttempts)
                {
                    message.FailedAt = clock.GetUtcNow();
                    LogGaveUp(ex, message.Type, message.Id, message.Attempts);
                }
                else
                {
                    LogWillRetry(ex, message.Type, message.Id, message.Attempts, backoff);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox {Type} {Id}: attempt {Attempts} failed, retrying in {Backoff}")]
    private partial void LogWillRetry(Exception ex, string type, Guid id, int attempts, TimeSpan backoff);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox {Type} {Id}: gave up after {Attempts} attempts; the row stays, marked failed")]
    private partial void LogGaveUp(Exception ex, string type, Guid id, int attempts);
}
