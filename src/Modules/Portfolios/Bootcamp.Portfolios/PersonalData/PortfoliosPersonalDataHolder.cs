using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.Persistence;
using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Shared.Privacy;
using Microsoft.EntityFrameworkCore;
using Item = Bootcamp.Portfolios.Contracts.PortfolioPersonalData;

namespace Bootcamp.Portfolios.PersonalData;

/// <summary>
/// What Portfolios holds on a person (decisions/0018). No published figure counts portfolios, so everything goes: the
/// portfolio (its public address with it), the synced repositories, and the cached GitHub answers about their account
/// (their addresses name the username; their bodies list the repositories).
/// </summary>
internal sealed class PortfoliosPersonalDataHolder(PortfoliosDbContext db) : IPersonalDataHolder
{
    private static readonly HeldDataBuilder<Item> Lines = new("Portfolios", i => PortfolioLabels.PersonalData(i));

    public string Module => "Portfolios";

    public async Task<HeldData> DescribeAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var held = new HeldDataBuilder<Item>(Module, i => PortfolioLabels.PersonalData(i));
        var portfolios = await Portfolios(person).AsNoTracking().OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        var ids = portfolios.Select(p => p.Id).ToList();
        var repositories = await db.Repositories.AsNoTracking().Where(r => ids.Contains(r.PortfolioId)).ToListAsync(cancellationToken);
        foreach (var p in portfolios)
        {
            held.Add(Item.Portfolio, (Item.Session, p.SessionId), (Item.FirstName, p.FirstName), (Item.LastName, p.LastName),
                (Item.PreferredLanguage, p.PreferredLanguage), (Item.GitHubLogin, p.GitHubLogin), (Item.GitHubVerified, p.GitHubVerified),
                (Item.Visibility, p.Visibility), (Item.PublicSlug, p.PublicSlug), (Item.PublishedAt, p.PublishedAt));
            foreach (var r in repositories.Where(r => r.PortfolioId == p.Id).OrderBy(r => r.Position ?? int.MaxValue).ThenBy(r => r.Name, StringComparer.Ordinal))
            {
                held.Add(Item.Repository, (Item.Name, r.Name), (Item.Url, r.HtmlUrl), (Item.Description, r.Description), (Item.Shown, r.Shown),
                    (Item.DescriptionFr, r.DescriptionFr), (Item.DescriptionEn, r.DescriptionEn), (Item.DemoUrl, r.DemoUrl));
            }
        }

        foreach (var url in await CachedUrlsAsync(await LoginsAsync(person, cancellationToken), cancellationToken))
        {
            held.Add(Item.CachedGitHubResponse, (Item.Url, url));
        }

        return held.Build(Item.Module);
    }

    public async Task<ErasureReport> PlanErasureAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ids = await Portfolios(person).Select(p => p.Id).ToListAsync(cancellationToken);
        return Report(
            ids.Count,
            await db.Repositories.CountAsync(r => ids.Contains(r.PortfolioId), cancellationToken),
            (await CachedUrlsAsync(await LoginsAsync(person, cancellationToken), cancellationToken)).Count,
            await db.CountInOutboxAsync(person.Mentions(), cancellationToken));
    }

    public async Task<ErasureReport> EraseAsync(PersonKeys person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cachedUrls = await CachedUrlsAsync(await LoginsAsync(person, cancellationToken), cancellationToken);
        var ids = await Portfolios(person).Select(p => p.Id).ToListAsync(cancellationToken);
        var repositories = await db.Repositories.Where(r => ids.Contains(r.PortfolioId)).ExecuteDeleteAsync(cancellationToken);
        var portfolios = await Portfolios(person).ExecuteDeleteAsync(cancellationToken);
        var cached = await db.GitHubResponses.Where(r => cachedUrls.Contains(r.Url)).ExecuteDeleteAsync(cancellationToken);
        var outbox = await db.ForgetInOutboxAsync(person.Mentions(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Report(portfolios, repositories, cached, outbox);
    }

    private IQueryable<Portfolio> Portfolios(PersonKeys person)
    {
        var participants = person.ParticipantIds.ToList();
        var applications = person.ApplicationIds.ToList();
        return db.Portfolios.Where(p => participants.Contains(p.ParticipantId) || applications.Contains(p.ApplicationId));
    }

    private async Task<List<string>> LoginsAsync(PersonKeys person, CancellationToken cancellationToken) =>
        [.. (await Portfolios(person).Where(p => p.GitHubLogin != null).Select(p => p.GitHubLogin!).ToListAsync(cancellationToken))
            .Select(l => "/" + Uri.EscapeDataString(l).ToLowerInvariant() + "/")];

    /// <summary>GitHub addresses name the account as a path segment: users/{login}/repos, repos/{login}/{name}/….</summary>
    private async Task<List<string>> CachedUrlsAsync(List<string> segments, CancellationToken cancellationToken)
    {
        var urls = new List<string>();
        foreach (var segment in segments)
        {
            // A GitHub login is letters, digits and dashes: nothing LIKE would read as a wildcard.
            urls.AddRange(await db.GitHubResponses.Where(r => EF.Functions.ILike(r.Url, "%" + segment + "%")).Select(r => r.Url).ToListAsync(cancellationToken));
        }

        return [.. urls.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private ErasureReport Report(int portfolios, int repositories, int cached, int outbox) => new(Module,
    [
        Lines.Line(Item.Portfolio, ErasureEffect.Deleted, portfolios),
        Lines.Line(Item.Repository, ErasureEffect.Deleted, repositories),
        Lines.Line(Item.CachedGitHubResponse, ErasureEffect.Deleted, cached),
        Lines.Line(Item.OutboxMessage, ErasureEffect.Deleted, outbox),
    ]) { ModuleLabel = Lines.ModuleLabel(Item.Module) };
}
