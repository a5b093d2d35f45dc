using System.Collections.Concurrent;
using Bootcamp.Portfolios.GitHub;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bootcamp.IntegrationTests.Portfolios;

/// <summary>The GitHub client (Octokit on the module's <c>github</c> handler) against the stand-in over real HTTP on
/// loopback: pages, conditional requests, the quota, an unknown account and a dropped connection. Time is a
/// <see cref="ManualClock"/>: nothing waits.</summary>
public sealed class GitHubClientTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2027, 2, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Now);
    private readonly MemoryCache _cache = new();
    private GitHubStandIn _gitHub = null!;
    private ServiceProvider _services = null!;
    private GitHubApi _client = null!;

    public async Task InitializeAsync()
    {
        _gitHub = await GitHubStandIn.StartAsync();
        var options = new GitHubOptions { BaseUrl = _gitHub.BaseAddress.ToString(), Token = "programme-token", Timeout = TimeSpan.FromSeconds(10) };
        _services = new ServiceCollection().AddHttpClient(GitHubApi.HttpClientName).Services.BuildServiceProvider();
        _client = new GitHubApi(
            _services.GetRequiredService<IHttpMessageHandlerFactory>(), _cache, new GitHubRateGate(_clock), _clock, Options.Create(options),
            NullLogger<GitHubApi>.Instance);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _services.DisposeAsync();
        await _gitHub.DisposeAsync();
    }

    [Fact]
    public async Task Every_page_is_followed_through_the_Link_header_and_private_repositories_are_left_out()
    {
        _gitHub.PageSize = 2;
        _gitHub.Add(new StandInAccount(1, "amina", Repos(5).Append(new StandInRepository(99, "secret", Private: true)).ToArray()));

        var answer = await _client.GetPublicRepositoriesAsync("amina", default);

        Assert.Equal(GitHubOutcome.Ok, answer.Outcome);
        Assert.Equal(["repo1", "repo2", "repo3", "repo4", "repo5"], answer.Value!.Select(r => r.Name));
        Assert.Equal(3, _gitHub.ApiRequests.Count(r => r.PathAndQuery.StartsWith("/users/amina/repos", StringComparison.Ordinal)));
        Assert.All(_gitHub.ApiRequests, r => Assert.Equal("Bearer programme-token", r.Authorization));
    }

    [Fact]
    public async Task An_unchanged_page_is_asked_with_its_ETag_answered_304_and_read_from_the_stored_copy()
    {
        _gitHub.PageSize = 2;
        var account = _gitHub.Add(new StandInAccount(1, "amina", Repos(3)));
        var first = await _client.GetPublicRepositoriesAsync("amina", default);
        var languages = await _client.GetLanguagesAsync("amina", "repo1", default);

        var second = await _client.GetPublicRepositoriesAsync("amina", default);
        var languagesAgain = await _client.GetLanguagesAsync("amina", "repo1", default);

        Assert.Equal(first.Value!.Select(r => r.Id), second.Value!.Select(r => r.Id));
        Assert.Equal(["JavaScript", "HTML", "CSS"], languages.Value);
        Assert.Equal(languages.Value, languagesAgain.Value);
        var repeated = _gitHub.ApiRequests.Skip(3).ToList();
        Assert.Equal(3, repeated.Count);
        Assert.All(repeated, r => Assert.Equal(304, r.Status));
        Assert.All(repeated, r => Assert.NotNull(r.IfNoneMatch));

        // A change on GitHub changes the ETag: the new content comes through and is stored.
        account.Repositories.Add(new StandInRepository(4, "repo4"));
        account.Version++;
        var third = await _client.GetPublicRepositoriesAsync("amina", default);
        Assert.Equal(4, third.Value!.Count);
    }

    [Fact]
    public async Task A_spent_quota_answers_rate_limited_until_the_reset_without_calling_GitHub_again_before_it()
    {
        _gitHub.Add(new StandInAccount(1, "amina", Repos(1)));
        var reset = Now.AddMinutes(20);
        _gitHub.QuotaSpentUntil = reset;

        var limited = await _client.GetPublicRepositoriesAsync("amina", default);
        Assert.Equal(GitHubOutcome.RateLimited, limited.Outcome);
        Assert.Equal(reset.ToUnixTimeSeconds(), limited.RetryAt!.Value.ToUnixTimeSeconds());

        _gitHub.QuotaSpentUntil = null;
        _clock.Advance(TimeSpan.FromMinutes(10));
        var stillWaiting = await _client.GetPublicRepositoriesAsync("amina", default);
        Assert.Equal(GitHubOutcome.RateLimited, stillWaiting.Outcome);
        Assert.Single(_gitHub.ApiRequests);

        _clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(GitHubOutcome.Ok, (await _client.GetPublicRepositoriesAsync("amina", default)).Outcome);
    }

    [Fact]
    public async Task A_secondary_limit_with_Retry_After_is_honoured()
    {
        _gitHub.Add(new StandInAccount(1, "amina", Repos(1)));
        _gitHub.RetryAfterSeconds = 90;

        var limited = await _client.GetLanguagesAsync("amina", "repo1", default);

        Assert.Equal(GitHubOutcome.RateLimited, limited.Outcome);
        Assert.Equal(Now.AddSeconds(90), limited.RetryAt);
        _gitHub.RetryAfterSeconds = null;
        Assert.Equal(GitHubOutcome.RateLimited, (await _client.GetLanguagesAsync("amina", "repo1", default)).Outcome);
        _clock.Advance(TimeSpan.FromSeconds(91));
        Assert.Equal(GitHubOutcome.Ok, (await _client.GetLanguagesAsync("amina", "repo1", default)).Outcome);
    }

    [Fact]
    public async Task An_unknown_account_is_not_found_and_a_missing_README_is_simply_false()
    {
        _gitHub.Add(new StandInAccount(1, "amina", new StandInRepository(1, "notes", HasReadme: false)));

        Assert.Equal(GitHubOutcome.NotFound, (await _client.GetPublicRepositoriesAsync("nobody-here", default)).Outcome);
        var readme = await _client.HasReadmeAsync("amina", "notes", default);
        Assert.Equal(GitHubOutcome.Ok, readme.Outcome);
        Assert.False(readme.Value);
    }

    [Fact]
    public async Task A_next_page_outside_the_base_address_is_not_followed_so_the_token_stays_with_GitHub()
    {
        _gitHub.PageSize = 2;
        _gitHub.Add(new StandInAccount(1, "amina", Repos(3)));
        // Another loopback address: refused before any connection is tried.
        _gitHub.LinkBase = new Uri($"http://127.0.0.2:{_gitHub.BaseAddress.Port}/");

        var answer = await _client.GetPublicRepositoriesAsync("amina", default);

        Assert.Equal(GitHubOutcome.Failed, answer.Outcome);
        Assert.Contains("outside", answer.Problem, StringComparison.Ordinal);
        Assert.Single(_gitHub.ApiRequests);
    }

    [Fact]
    public async Task A_dropped_connection_is_a_network_error_not_an_exception()
    {
        _gitHub.Add(new StandInAccount(1, "amina", Repos(1)));
        _gitHub.DropConnections = true;

        var answer = await _client.GetPublicRepositoriesAsync("amina", default);

        Assert.Equal(GitHubOutcome.NetworkError, answer.Outcome);
        Assert.Null(answer.Value);
    }

    internal static StandInRepository[] Repos(int count) => [.. Enumerable.Range(1, count).Select(i => new StandInRepository(i, $"repo{i}"))];

    private sealed class MemoryCache : IGitHubResponseStore
    {
        private readonly ConcurrentDictionary<string, StoredResponse> _entries = new();

        public Task<StoredResponse?> FindAsync(string url, CancellationToken cancellationToken) =>
            Task.FromResult(_entries.TryGetValue(url, out var entry) ? entry : null);

        public Task StoreAsync(string url, StoredResponse response, CancellationToken cancellationToken)
        {
            _entries[url] = response;
            return Task.CompletedTask;
        }
    }
}
