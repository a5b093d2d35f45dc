using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Bootcamp.Portfolios.GitHub;

/// <summary>
/// The few GitHub REST calls a portfolio needs, on a typed <see cref="HttpClient"/> whose base address is
/// <c>Portfolios:GitHub:BaseUrl</c>. Every GET is conditional: the ETag and body of the last 200 are kept
/// (<see cref="IGitHubResponseCache"/>), so an unchanged page comes back as 304 and does not count against the quota.
/// Pages are followed through the <c>Link: rel="next"</c> header. Rate-limit headers are obeyed through
/// <see cref="GitHubRateGate"/>. Nothing here throws for GitHub's or the network's sake.
/// </summary>
internal sealed class GitHubClient(HttpClient http, IGitHubResponseCache cache, GitHubRateGate gate, TimeProvider clock, IOptions<GitHubOptions> options)
{
    public const string UserAgent = "Bootcamp-Portfolios";

    public static void Configure(HttpClient http, GitHubOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        http.BaseAddress = new Uri(options.BaseUrl.EndsWith('/') ? options.BaseUrl : options.BaseUrl + "/");
        http.Timeout = options.Timeout;
        http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        http.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.github+json");
        http.DefaultRequestHeaders.Add("X-GitHub-Api-Version", "2022-11-28");
        if (!string.IsNullOrWhiteSpace(options.Token))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        }
    }

    /// <summary>The account's public repositories it owns, most recently pushed first, every page.</summary>
    public async Task<GitHubAnswer<IReadOnlyList<GitHubRepository>>> GetPublicRepositoriesAsync(string login, CancellationToken cancellationToken)
    {
        var repositories = new List<GitHubRepository>();
        string? next = $"users/{Uri.EscapeDataString(login)}/repos?type=owner&sort=pushed&per_page=100";
        while (next is not null && repositories.Count < options.Value.MaxRepositories)
        {
            var page = await GetAsync(next, cancellationToken);
            if (page.Outcome != GitHubOutcome.Ok)
            {
                return page.As<IReadOnlyList<GitHubRepository>>();
            }

            if (Read<List<GitHubRepository>>(page.Value!.Body) is not { } items)
            {
                return new(GitHubOutcome.Failed, null, Problem: "unreadable repository page");
            }

            repositories.AddRange(items.Where(r => !r.Private));
            next = page.Value.Next;
        }

        return GitHubAnswer<IReadOnlyList<GitHubRepository>>.Success(repositories);
    }

    /// <summary>The repository's languages, most bytes first.</summary>
    public async Task<GitHubAnswer<IReadOnlyList<string>>> GetLanguagesAsync(string owner, string repository, CancellationToken cancellationToken)
    {
        var answer = await GetAsync($"repos/{Uri.EscapeDataString(owner)}/{Uri.EscapeDataString(repository)}/languages", cancellationToken);
        if (answer.Outcome != GitHubOutcome.Ok)
        {
            return answer.As<IReadOnlyList<string>>();
        }

        return Read<Dictionary<string, long>>(answer.Value!.Body) is { } bytes
            ? GitHubAnswer<IReadOnlyList<string>>.Success([.. bytes.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Key)])
            : new(GitHubOutcome.Failed, null, Problem: "unreadable languages");
    }

    /// <summary>Whether the repository has a README GitHub recognises (404 means none).</summary>
    public async Task<GitHubAnswer<bool>> HasReadmeAsync(string owner, string repository, CancellationToken cancellationToken)
    {
        var answer = await GetAsync($"repos/{Uri.EscapeDataString(owner)}/{Uri.EscapeDataString(repository)}/readme", cancellationToken);
        return answer.Outcome switch
        {
            GitHubOutcome.Ok => GitHubAnswer<bool>.Success(true),
            GitHubOutcome.NotFound => GitHubAnswer<bool>.Success(false),
            _ => answer.As<bool>(),
        };
    }

    private async Task<GitHubAnswer<CachedResponse>> GetAsync(string url, CancellationToken cancellationToken)
    {
        if (gate.BlockedUntil is { } blocked)
        {
            return new(GitHubOutcome.RateLimited, null, blocked);
        }

        var cached = await cache.FindAsync(url, cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cached is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", cached.ETag);
        }

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (RateLimit(response) is { } retryAt)
            {
                return new(GitHubOutcome.RateLimited, null, retryAt);
            }

            gate.Passed();
            switch (response.StatusCode)
            {
                case HttpStatusCode.NotModified when cached is not null:
                    return GitHubAnswer<CachedResponse>.Success(cached);
                case HttpStatusCode.NotFound:
                    return new(GitHubOutcome.NotFound, null);
                case HttpStatusCode.OK:
                    var body = await response.Content.ReadAsStringAsync(cancellationToken);
                    var fresh = new CachedResponse(response.Headers.ETag?.ToString() ?? "", body, NextPage(response));
                    if (fresh.ETag.Length > 0)
                    {
                        await cache.StoreAsync(url, fresh, cancellationToken);
                    }

                    return GitHubAnswer<CachedResponse>.Success(fresh);
                default:
                    return new(GitHubOutcome.Failed, null, Problem: $"HTTP {(int)response.StatusCode}");
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // A dropped connection, a refused one, a DNS failure or our own timeout: the network, not GitHub's answer.
            return new(GitHubOutcome.NetworkError, null, Problem: ex.GetType().Name);
        }
    }

    /// <summary>When the answer says to stop: the moment to wait for (and the gate remembers it). A spent quota on a
    /// successful answer closes the gate for the next call without failing this one.</summary>
    private DateTimeOffset? RateLimit(HttpResponseMessage response)
    {
        var spent = Header(response, "X-RateLimit-Remaining") == "0";
        var reset = long.TryParse(Header(response, "X-RateLimit-Reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch)
            ? DateTimeOffset.FromUnixTimeSeconds(epoch)
            : (DateTimeOffset?)null;
        var limited = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.Forbidden
            && (spent || response.Headers.RetryAfter is not null || response.StatusCode == HttpStatusCode.TooManyRequests);
        if (!limited)
        {
            if (spent && reset is { } next)
            {
                gate.BlockUntil(next);
            }

            return null;
        }

        var now = clock.GetUtcNow();
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            return gate.BlockUntil(retryAfter.Delta is { } delta ? now + delta : retryAfter.Date ?? now);
        }

        return spent && reset is { } at && at > now ? gate.BlockUntil(at) : gate.BackOff(options.Value.SecondaryLimitBackoff);
    }

    private string? NextPage(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var values))
        {
            return null;
        }

        foreach (var part in string.Join(',', values).Split(','))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            if (pieces.Length > 1 && pieces[0].StartsWith('<') && pieces[0].EndsWith('>') && pieces.Skip(1).Any(p => p == "rel=\"next\"")
                && Uri.TryCreate(pieces[0][1..^1], UriKind.Absolute, out var next)
                && http.BaseAddress is { } baseAddress && baseAddress.IsBaseOf(next))
            {
                // Only links under our own base address are followed: a Link header cannot send our token elsewhere.
                return next.ToString();
            }
        }

        return null;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static T? Read<T>(string body)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, GitHubJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The last 200 of a URL: its ETag, body and next page. Stored so a 304 can be answered from it.</summary>
internal sealed record CachedResponse(string ETag, string Body, string? Next);

internal interface IGitHubResponseCache
{
    Task<CachedResponse?> FindAsync(string url, CancellationToken cancellationToken);

    Task StoreAsync(string url, CachedResponse response, CancellationToken cancellationToken);
}
