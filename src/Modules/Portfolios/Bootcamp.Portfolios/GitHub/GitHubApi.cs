using System.Net;
using System.Net.Http.Headers;
using System.Runtime.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Octokit;
using Octokit.Internal;

namespace Bootcamp.Portfolios.GitHub;

/// <summary>
/// The few GitHub REST calls a portfolio needs, made with Octokit and answered as <see cref="GitHubAnswer{T}"/>: nothing
/// here throws for GitHub's or the network's sake. Every GET is conditional (<see cref="GitHubResponseCache"/>), lists
/// are read through their <c>Link</c> headers within <see cref="GitHubOptions.MaxRepositories"/>, and rate limits close
/// <see cref="GitHubRateGate"/> instead of being waited out. The HTTP handler is the <c>github</c> client of
/// IHttpClientFactory, so its pooling, the per-call timeout and the tests' stand-ins stay ours.
/// </summary>
internal sealed class GitHubApi : IDisposable
{
    public const string HttpClientName = "github";
    private const string UserAgent = "Bootcamp-Portfolios";
    private const int PageSize = 100;

    private readonly AsyncLocal<CancellationToken> _cancellation = new();
    private readonly HttpClientAdapter _http;
    private readonly GitHubResponseCache _cache;
    private readonly Octokit.GitHubClient _octokit;
    private readonly ApiConnection _api;
    private readonly GitHubRateGate _gate;
    private readonly TimeProvider _clock;
    private readonly GitHubOptions _options;

    public GitHubApi(
        IHttpMessageHandlerFactory handlers, IGitHubResponseStore store, GitHubRateGate gate, TimeProvider clock, IOptions<GitHubOptions> options,
        ILogger<GitHubApi> logger)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        ArgumentNullException.ThrowIfNull(options);
        _gate = gate;
        _clock = clock;
        _options = options.Value;
        var baseAddress = BaseAddress(_options.BaseUrl);
        _http = new HttpClientAdapter(() => new GitHubRequestGuard(baseAddress, gate, () => _cancellation.Value)
        {
            InnerHandler = handlers.CreateHandler(HttpClientName),
        });
        _cache = new GitHubResponseCache(store, () => _cancellation.Value, logger);
        var credentials = string.IsNullOrWhiteSpace(_options.Token) ? Credentials.Anonymous : new Credentials(_options.Token, AuthenticationType.Bearer);
        var connection = new Connection(
            new Octokit.ProductHeaderValue(UserAgent), baseAddress, new InMemoryCredentialStore(credentials), _http, new SimpleJsonSerializer());
        _octokit = new Octokit.GitHubClient(connection) { ResponseCache = _cache };
        connection.SetRequestTimeout(_options.Timeout);
        _api = new ApiConnection(connection);
    }

    /// <summary>
    /// The REST API's root exactly as configured (a missing final slash added, so relative paths land under it).
    /// Octokit's own <c>GitHubClient(product, uri)</c> would replace the path of any host but github.com with
    /// <c>/api/v3/</c>: right for a GitHub Enterprise Server named by its bare host, wrong for GitHub Enterprise Cloud
    /// with data residency (<c>https://api.SUBDOMAIN.ghe.com/</c>), for a proxy under a path, and for the tests' stand-in.
    /// Keeping the address as written means the setting names the API root, <c>https://HOST/api/v3/</c> for a server.
    /// </summary>
    private static Uri BaseAddress(string baseUrl) => new(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute);

    /// <summary>The account's public repositories it owns, most recently pushed first, up to the configured bound.</summary>
    public Task<GitHubAnswer<IReadOnlyList<GitHubRepository>>> GetPublicRepositoriesAsync(string login, CancellationToken cancellationToken) =>
        CallAsync<IReadOnlyList<GitHubRepository>>(async () =>
        {
            // Octokit's Repository.GetAllForUser sends no sort: with a bound on how many are read, GitHub's default
            // (by name) would keep an account's first repositories alphabetically instead of its recent work.
            var bound = _options.MaxRepositories;
            var pageSize = Math.Min(bound, PageSize);
            var repositories = await _api.GetAll<Repository>(
                new Uri($"users/{Uri.EscapeDataString(login)}/repos", UriKind.Relative),
                new Dictionary<string, string>(StringComparer.Ordinal) { ["type"] = "owner", ["sort"] = "pushed" },
                new ApiOptions { PageSize = pageSize, PageCount = (bound + pageSize - 1) / pageSize });
            return [.. repositories.Where(r => !r.Private).Take(bound).Select(r => new GitHubRepository(
                r.Id, r.Name, r.HtmlUrl, r.Description, r.StargazersCount, r.PushedAt, r.Homepage, r.Owner.Login))];
        }, null, cancellationToken);

    /// <summary>The repository's languages, most bytes first.</summary>
    public Task<GitHubAnswer<IReadOnlyList<string>>> GetLanguagesAsync(string owner, string repository, CancellationToken cancellationToken) =>
        CallAsync<IReadOnlyList<string>>(async () =>
        {
            var languages = await _octokit.Repository.GetAllLanguages(owner, repository);
            return [.. languages.OrderByDescending(l => l.NumberOfBytes).ThenBy(l => l.Name, StringComparer.Ordinal).Select(l => l.Name)];
        }, null, cancellationToken);

    /// <summary>Whether the repository has a README GitHub recognises (404 means none).</summary>
    public Task<GitHubAnswer<bool>> HasReadmeAsync(string owner, string repository, CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            await _octokit.Repository.Content.GetReadme(owner, repository);
            return true;
        }, GitHubAnswer<bool>.Success(false), cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task<GitHubAnswer<T>> CallAsync<T>(Func<Task<T>> call, GitHubAnswer<T>? whenNotFound, CancellationToken cancellationToken)
    {
        if (_gate.BlockedUntil is { } blocked)
        {
            return new(GitHubOutcome.RateLimited, default, blocked);
        }

        // Flows into every request Octokit makes for this call (see GitHubRequestGuard), and only this call's.
        _cancellation.Value = cancellationToken;
        try
        {
            var value = await call();
            if (_octokit.GetLastApiInfo()?.RateLimit is { Remaining: 0, ResetAsUtcEpochSeconds: > 0 } spent)
            {
                // The last call of the quota succeeded: it stands, and the gate stops the next one.
                _gate.BlockUntil(spent.Reset);
            }

            _gate.Passed();
            return GitHubAnswer<T>.Success(value);
        }
        catch (NotFoundException)
        {
            _gate.Passed();
            return whenNotFound ?? new(GitHubOutcome.NotFound, default);
        }
        catch (GitHubRefusedException ex)
        {
            return ex.BlockedUntil is { } until
                ? new(GitHubOutcome.RateLimited, default, until)
                : new(GitHubOutcome.Failed, default, Problem: $"not sent: {ex.Message}");
        }
        catch (ApiException ex) when (SecondaryLimit(ex) is { } until)
        {
            return new(GitHubOutcome.RateLimited, default, until);
        }
        catch (ApiException ex)
        {
            _gate.Passed();
            return new(GitHubOutcome.Failed, default, Problem: $"HTTP {(int)ex.StatusCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // A dropped connection, a refused one, a DNS failure or our own timeout: the network, not GitHub's answer.
            return new(GitHubOutcome.NetworkError, default, Problem: ex.GetType().Name);
        }
        catch (Exception ex) when (ex is SerializationException or ArgumentException or InvalidCastException or FormatException)
        {
            // Octokit could not make its model of the answer (not JSON, or not the shape it expects).
            return new(GitHubOutcome.Failed, default, Problem: $"unreadable answer ({ex.GetType().Name})");
        }
        finally
        {
            await _cache.FlushAsync();
        }
    }

    /// <summary>A 429, or a 403 that says to wait (Retry-After, a spent quota — Octokit's RateLimitExceededException among
    /// them — or its secondary-limit and abuse answers): when to try again, remembered by the gate. One rule for all of
    /// them: Retry-After, else the quota's reset if it is ahead, else a back-off. Octokit raises a plain <see cref="ApiException"/> for a 429
    /// and never retries, so both are read here from the headers.</summary>
    private DateTimeOffset? SecondaryLimit(ApiException ex)
    {
        if (ex.HttpResponse is not { } response || ex.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.Forbidden))
        {
            return null;
        }

        var now = _clock.GetUtcNow();
        var retryAt = RetryAfter(response, now);
        var spent = ex is RateLimitExceededException || Header(response, "X-RateLimit-Remaining") == "0";
        var limited = ex.StatusCode == HttpStatusCode.TooManyRequests || spent || retryAt is not null
            || ex is SecondaryRateLimitExceededException or AbuseException;
        if (!limited)
        {
            return null;
        }

        if (retryAt is { } at)
        {
            return _gate.BlockUntil(at);
        }

        return spent && response.ApiInfo?.RateLimit is { } rate && rate.Reset > now
            ? _gate.BlockUntil(rate.Reset)
            : _gate.BackOff(_options.SecondaryLimitBackoff);
    }

    private static DateTimeOffset? RetryAfter(IResponse? response, DateTimeOffset now) =>
        response is not null && RetryConditionHeaderValue.TryParse(Header(response, "Retry-After"), out var retryAfter)
            ? retryAfter.Delta is { } delta ? now + delta : retryAfter.Date
            : null;

    private static string? Header(IResponse response, string name) =>
        response.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
