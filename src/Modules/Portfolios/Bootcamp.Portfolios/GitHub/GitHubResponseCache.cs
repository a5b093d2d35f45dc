using System.Data.Common;
using System.Net;
using Microsoft.Extensions.Logging;
using Octokit;
using Octokit.Caching;
using Octokit.Internal;

namespace Bootcamp.Portfolios.GitHub;

/// <summary>
/// Octokit's conditional requests: it asks here before every GET, sends <c>If-None-Match</c> with the stored ETag, and
/// on a 304 answers from the stored copy, which does not count against the quota. Only what a later 304 needs is kept
/// (ETag, body, next page); rate-limit headers are not, so a copy never looks like a spent quota.
/// </summary>
/// <remarks>Octokit does not wait for <see cref="SetAsync"/>. Stores are chained here and <see cref="FlushAsync"/> is
/// awaited at the end of every call, so the scoped store (the sync's own DbContext) is never used twice at once and no
/// write outlives the call that made it.</remarks>
internal sealed partial class GitHubResponseCache(IGitHubResponseStore store, Func<CancellationToken> cancellation, ILogger logger) : IResponseCache
{
    private readonly Lock _lock = new();
    private Task _pending = Task.CompletedTask;

    public async Task<CachedResponse.V1?> GetAsync(IRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        await FlushAsync();
        var stored = await store.FindAsync(Key(request), cancellation());
        if (stored is null)
        {
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["ETag"] = stored.ETag };
        var links = new Dictionary<string, Uri>(StringComparer.Ordinal);
        if (stored.Next is { } next && Uri.TryCreate(next, UriKind.Absolute, out var nextUri))
        {
            headers["Link"] = $"<{next}>; rel=\"next\"";
            links["next"] = nextUri;
        }

        return new CachedResponse.V1(stored.Body, headers, new ApiInfo(links, [], [], stored.ETag, new RateLimit()), HttpStatusCode.OK, "application/json");
    }

    public Task SetAsync(IRequest request, CachedResponse.V1 cachedResponse)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cachedResponse);
        if (cachedResponse.StatusCode != HttpStatusCode.OK || cachedResponse.Body is not string body
            || cachedResponse.ApiInfo?.Etag is not { Length: > 0 } etag)
        {
            return Task.CompletedTask;
        }

        var response = new StoredResponse(etag, body, cachedResponse.ApiInfo.GetNextPageUrl()?.ToString());
        var key = Key(request);
        var token = cancellation();
        lock (_lock)
        {
            _pending = StoreAfterAsync(_pending, key, response, token);
            return _pending;
        }
    }

    public Task FlushAsync()
    {
        lock (_lock)
        {
            return _pending;
        }
    }

    private static string Key(IRequest request) => new Uri(request.BaseAddress, request.Endpoint).ToString();

    private async Task StoreAfterAsync(Task previous, string key, StoredResponse response, CancellationToken cancellationToken)
    {
        await previous;
        try
        {
            await store.StoreAsync(key, response, cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException or OperationCanceledException)
        {
            // A copy that could not be kept only costs a full answer next time: the call that fetched it has its data.
            // Not faulting keeps one failed store from failing the ones chained after it.
            if (!cancellationToken.IsCancellationRequested)
            {
                LogNotStored(logger, ex, key);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "GitHub answer for {Url} could not be kept for conditional requests.")]
    private static partial void LogNotStored(ILogger logger, Exception exception, string url);
}
