using System.Text.RegularExpressions;
using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Portfolios.Linking;

internal static partial class GitHubAccounts
{
    /// <summary>GitHub's own rule: 1–39 letters, digits and single hyphens, no hyphen first or last.</summary>
    [GeneratedRegex("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", RegexOptions.CultureInvariant)]
    public static partial Regex Login();

    /// <summary>Points the portfolio at an account. Another account's repositories are not this person's work: the old
    /// ones and their curation go, and the portfolio is unpublished until curated again.</summary>
    public static async Task LinkAsync(
        PortfoliosDbContext db, Portfolio portfolio, string login, long? gitHubUserId, Guid? linkedBy, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var sameAccount = string.Equals(portfolio.GitHubLogin, login, StringComparison.OrdinalIgnoreCase)
            && (gitHubUserId is null || portfolio.GitHubUserId is null || portfolio.GitHubUserId == gitHubUserId);
        if (!sameAccount)
        {
            await ForgetRepositoriesAsync(db, portfolio, cancellationToken);
        }

        // A verified link is never downgraded by staff typing the same name.
        var verified = gitHubUserId is not null || (sameAccount && portfolio.GitHubVerified);
        portfolio.GitHubLogin = login;
        portfolio.GitHubUserId = gitHubUserId ?? (sameAccount ? portfolio.GitHubUserId : null);
        portfolio.GitHubVerified = verified;
        portfolio.GitHubLinkedAt = now;
        portfolio.GitHubLinkedBy = verified ? null : linkedBy;
    }

    /// <summary>Drops the synced repositories and their curation, and unpublishes: nothing of an old account stays visible.</summary>
    public static async Task ForgetRepositoriesAsync(PortfoliosDbContext db, Portfolio portfolio, CancellationToken cancellationToken)
    {
        await db.Repositories.Where(r => r.PortfolioId == portfolio.Id).ExecuteDeleteAsync(cancellationToken);
        portfolio.SyncStatus = SyncStatus.NeverSynced;
        portfolio.LastSyncedAt = null;
        portfolio.LastSyncAttemptAt = null;
        portfolio.RateLimitedUntil = null;
        portfolio.Visibility = PortfolioVisibility.Private;
        portfolio.PublicSlug = null;
        portfolio.PublishedAt = null;
    }
}
