using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.GitHub;
using Bootcamp.Portfolios.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Bootcamp.Shared.Jobs;

namespace Bootcamp.Portfolios.Sync;

/// <summary>
/// The nightly refresh (every <c>Portfolios:GitHub:SyncInterval</c>, one server of those sharing the database). Portfolios tried within
/// <c>ResyncAfter</c> are skipped, so a restart or a fresh demo database calls GitHub for nobody. The pass stops at the
/// first spent quota or network failure: the rest would fail the same way, and their last good data stays untouched
/// until the next run. Not limited to one server at a time: a pass makes network calls and may outlast the store's
/// unrenewed locks. Each portfolio's rows are written under a lock on it, so two overlapping runs cost duplicate GitHub
/// calls at worst, never mixed data.
/// </summary>
internal sealed partial class SyncPortfoliosJob(
    IServiceScopeFactory scopes, PortfoliosDbContext db, TimeProvider clock, IOptions<GitHubOptions> options, ILogger<SyncPortfoliosJob> logger) : IBootcampJob
{
    public const string Name = "portfolios.sync-github";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow() - options.Value.ResyncAfter;
        var due = await db.Portfolios
            .Where(p => p.GitHubLogin != null && (p.LastSyncAttemptAt == null || p.LastSyncAttemptAt < before))
            .OrderBy(p => p.LastSyncAttemptAt ?? DateTimeOffset.MinValue)
            .Select(p => p.Id).Take(1000).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            // A scope per portfolio: a fresh change tracker, and one portfolio's trouble cannot leak into the next.
            await using var scope = scopes.CreateAsyncScope();
            var status = await scope.ServiceProvider.GetRequiredService<PortfolioSync>().SyncAsync(id, cancellationToken);
            if (status is SyncStatus.RateLimited or SyncStatus.NetworkError)
            {
                LogStopped(logger, status);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Portfolio sync stopped early: {Status}; the rest waits for the next run.")]
    private static partial void LogStopped(ILogger logger, SyncStatus status);
}
