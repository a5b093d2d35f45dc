using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.GitHub;
using Bootcamp.Portfolios.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bootcamp.Portfolios.Sync;

/// <summary>
/// Refreshes one portfolio from GitHub: every call first, with no transaction open, then the rows in one short
/// transaction under a lock on the portfolio (a "sync now" and the nightly job may meet). Any failure — account gone,
/// quota spent, network down — writes only the status: the repositories of the last good sync stay as they were.
/// </summary>
internal sealed partial class PortfolioSync(PortfoliosDbContext db, GitHubApi github, TimeProvider clock, ILogger<PortfolioSync> logger)
{
    public async Task<SyncStatus> SyncAsync(Guid portfolioId, CancellationToken cancellationToken)
    {
        var login = await db.Portfolios.Where(p => p.Id == portfolioId).Select(p => p.GitHubLogin).FirstOrDefaultAsync(cancellationToken);
        if (login is null)
        {
            return SyncStatus.NeverSynced;
        }

        var fetched = await FetchAsync(portfolioId, login, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM portfolios.portfolios WHERE id = {portfolioId} FOR UPDATE", cancellationToken);
        var portfolio = await db.Portfolios.FirstAsync(p => p.Id == portfolioId, cancellationToken);
        if (!string.Equals(portfolio.GitHubLogin, login, StringComparison.Ordinal))
        {
            // The account changed while GitHub was being read: what was read belongs to the old one.
            return portfolio.SyncStatus;
        }

        var now = clock.GetUtcNow();
        portfolio.LastSyncAttemptAt = now;
        portfolio.SyncStatus = fetched.Status;
        portfolio.RateLimitedUntil = fetched.RetryAt;
        if (fetched.Status == SyncStatus.Ok)
        {
            portfolio.LastSyncedAt = now;
            await ApplyAsync(portfolio.Id, fetched.Repositories, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return fetched.Status;
    }

    private async Task<Fetched> FetchAsync(Guid portfolioId, string login, CancellationToken cancellationToken)
    {
        var listed = await github.GetPublicRepositoriesAsync(login, cancellationToken);
        if (listed.Outcome != GitHubOutcome.Ok)
        {
            return Failed(portfolioId, listed);
        }

        var repositories = new List<(GitHubRepository Repository, IReadOnlyList<string> Languages, bool HasReadme)>();
        foreach (var repository in listed.Value!)
        {
            var languages = await github.GetLanguagesAsync(repository.OwnerLogin, repository.Name, cancellationToken);
            if (languages.Outcome != GitHubOutcome.Ok)
            {
                return Failed(portfolioId, languages);
            }

            var readme = await github.HasReadmeAsync(repository.OwnerLogin, repository.Name, cancellationToken);
            if (readme.Outcome != GitHubOutcome.Ok)
            {
                return Failed(portfolioId, readme);
            }

            repositories.Add((repository, languages.Value!, readme.Value));
        }

        return new Fetched(SyncStatus.Ok, repositories, null);
    }

    private async Task ApplyAsync(
        Guid portfolioId, IReadOnlyList<(GitHubRepository Repository, IReadOnlyList<string> Languages, bool HasReadme)> fetched, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var known = await db.Repositories.Where(r => r.PortfolioId == portfolioId).ToDictionaryAsync(r => r.GitHubId, cancellationToken);
        foreach (var (repository, languages, hasReadme) in fetched)
        {
            if (!known.Remove(repository.Id, out var row))
            {
                row = new SyncedRepository { PortfolioId = portfolioId, GitHubId = repository.Id, Name = repository.Name, HtmlUrl = repository.HtmlUrl };
                db.Repositories.Add(row);
            }

            row.Name = repository.Name;
            row.HtmlUrl = repository.HtmlUrl;
            row.Description = Clip(repository.Description, 500);
            row.Languages = [.. languages.Take(10)];
            row.Stars = repository.StargazersCount;
            row.PushedAt = repository.PushedAt;
            row.Homepage = repository.Homepage is { Length: > 0 and <= PortfolioConfiguration.UrlMaxLength } homepage ? homepage : null;
            row.HasReadme = hasReadme;
            row.SyncedAt = now;
            row.GoneAt = null;
        }

        foreach (var gone in known.Values.Where(r => r.GoneAt is null))
        {
            gone.GoneAt = now;
        }
    }

    private Fetched Failed<T>(Guid portfolioId, GitHubAnswer<T> answer)
    {
        // The page shows only the status; what went wrong (an HTTP code, an unreadable answer, which network error) is
        // for whoever runs the app.
        if (answer.Problem is { } problem)
        {
            LogFailed(logger, portfolioId, answer.Outcome, problem);
        }
        else
        {
            LogStopped(logger, portfolioId, answer.Outcome, answer.RetryAt);
        }

        var status = answer.Outcome switch
        {
            GitHubOutcome.NotFound => SyncStatus.UserNotFound,
            GitHubOutcome.RateLimited => SyncStatus.RateLimited,
            GitHubOutcome.NetworkError => SyncStatus.NetworkError,
            _ => SyncStatus.Failed,
        };
        return new Fetched(status, [], answer.RetryAt);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "GitHub sync of portfolio {PortfolioId} failed: {Outcome}, {Problem}.")]
    private static partial void LogFailed(ILogger logger, Guid portfolioId, GitHubOutcome outcome, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "GitHub sync of portfolio {PortfolioId} stopped: {Outcome} (retry at {RetryAt}).")]
    private static partial void LogStopped(ILogger logger, Guid portfolioId, GitHubOutcome outcome, DateTimeOffset? retryAt);

    private static string? Clip(string? text, int length) => text is null || text.Length <= length ? text : text[..length];

    private sealed record Fetched(
        SyncStatus Status, IReadOnlyList<(GitHubRepository Repository, IReadOnlyList<string> Languages, bool HasReadme)> Repositories, DateTimeOffset? RetryAt);
}
