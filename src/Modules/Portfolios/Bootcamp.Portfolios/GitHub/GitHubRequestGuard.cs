namespace Bootcamp.Portfolios.GitHub;

/// <summary>
/// Sits between Octokit and the <c>github</c> handler from IHttpClientFactory, so it sees every request Octokit makes on
/// its own too (the next pages of a list, the redirects it follows): none leaves while the rate gate is closed, none
/// goes outside the base address (a Link header cannot send our token elsewhere), and each can be cancelled by the
/// caller's token, which Octokit's list and get methods do not take.
/// </summary>
internal sealed class GitHubRequestGuard(Uri baseAddress, GitHubRateGate gate, Func<CancellationToken> cancellation) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is not { } uri || !baseAddress.IsBaseOf(uri))
        {
            throw new GitHubRefusedException($"a link outside {baseAddress}");
        }

        if (gate.BlockedUntil is { } until)
        {
            throw new GitHubRefusedException("the rate gate is closed", until);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, cancellation());
        return await base.SendAsync(request, linked.Token);
    }
}

/// <summary>A request <see cref="GitHubRequestGuard"/> did not send.</summary>
internal sealed class GitHubRefusedException : Exception
{
    public GitHubRefusedException()
    {
    }

    public GitHubRefusedException(string message)
        : base(message)
    {
    }

    public GitHubRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GitHubRefusedException(string message, DateTimeOffset blockedUntil)
        : base(message) => BlockedUntil = blockedUntil;

    /// <summary>Set when the rate gate refused: when it opens again.</summary>
    public DateTimeOffset? BlockedUntil { get; }
}
