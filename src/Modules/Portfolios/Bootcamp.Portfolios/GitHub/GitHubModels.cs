namespace Bootcamp.Portfolios.GitHub;

/// <summary>The fields of GitHub's repository object the portfolio uses, copied out of Octokit's model so the rest of the
/// module does not depend on it.</summary>
internal sealed record GitHubRepository(
    long Id, string Name, string HtmlUrl, string? Description, int StargazersCount, DateTimeOffset? PushedAt, string? Homepage,
    string OwnerLogin);

internal enum GitHubOutcome
{
    Ok,
    NotFound,
    RateLimited,
    NetworkError,
    Failed,
}

/// <summary>What one call to GitHub gave. Failures are values, not exceptions: the sync turns them into a status.</summary>
/// <param name="RetryAt">When <see cref="GitHubOutcome.RateLimited"/>: the earliest moment GitHub accepts calls again.</param>
internal sealed record GitHubAnswer<T>(GitHubOutcome Outcome, T? Value, DateTimeOffset? RetryAt = null, string? Problem = null)
{
    public static GitHubAnswer<T> Success(T value) => new(GitHubOutcome.Ok, value);
}

/// <summary>The last 200 of a URL: its ETag, body and next page. Stored so a 304 can be answered from it.</summary>
internal sealed record StoredResponse(string ETag, string Body, string? Next);

/// <summary>Where <see cref="GitHubResponseCache"/> keeps its copies: the module's table in production, memory in tests.</summary>
internal interface IGitHubResponseStore
{
    Task<StoredResponse?> FindAsync(string url, CancellationToken cancellationToken);

    Task StoreAsync(string url, StoredResponse response, CancellationToken cancellationToken);
}
