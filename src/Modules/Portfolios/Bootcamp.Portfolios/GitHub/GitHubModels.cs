using System.Text.Json;

namespace Bootcamp.Portfolios.GitHub;

/// <summary>The fields of GitHub's repository object the portfolio uses (snake_case on the wire).</summary>
internal sealed record GitHubRepository(
    long Id, string Name, string HtmlUrl, string? Description, bool Fork, bool Private, int StargazersCount, DateTimeOffset? PushedAt,
    string? Homepage, GitHubOwner Owner);

internal sealed record GitHubOwner(string Login);

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

    public GitHubAnswer<TOther> As<TOther>() => new(Outcome, default, RetryAt, Problem);
}

internal static class GitHubJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
}
