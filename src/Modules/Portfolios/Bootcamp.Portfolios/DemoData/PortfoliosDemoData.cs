using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.Persistence;
using Bootcamp.Portfolios.Portfolios;
using Bootcamp.Shared.DemoData;
using Bootcamp.Shared.Outbox;
using Bootcamp.Shared.Privacy;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Portfolios.DemoData;

/// <summary>
/// Portfolios as if participants had linked GitHub and the sync had run, written straight into the tables so the pages
/// are full on a first run without network. By rank (mod 5): a verified, curated and public portfolio; a verified private
/// one half curated; a username typed by staff (not verified); nobody linked yet; and an account GitHub no longer knows,
/// with its last good repositories kept. Every seeded portfolio counts as just tried, so the nightly job leaves them
/// alone. Portfolios come from <c>ParticipantEnrolled</c>, so the outboxes are drained first (after Placements at 60).
/// Runs once: a database with any synced repository is left as is.
/// </summary>
internal sealed class PortfoliosDemoData(PortfoliosDbContext db, OutboxDrain outboxes, IMediator mediator, TimeProvider clock) : IDemoDataSeeder
{
    private static readonly (string Name, string Description, string[] Languages, bool Readme)[] Projects =
    [
        ("recettes-du-monde", "Recipes from home, searchable by ingredient", ["JavaScript", "HTML", "CSS"], true),
        ("budget-famille", "A family budget app", ["TypeScript", "CSS"], true),
        ("meteo-montreal", "Weather for Montréal neighbourhoods", ["JavaScript", "HTML"], true),
        ("portfolio", "My personal site", ["HTML", "CSS"], false),
        ("capstone-entraide", "Capstone: a mutual-aid board for newcomers", ["TypeScript", "C#", "CSS"], true),
    ];

    public int Order => 70;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await outboxes.DrainAsync(cancellationToken);
        if (await db.Repositories.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var portfolios = await db.Portfolios.OrderBy(p => p.CreatedAt).ThenBy(p => p.LastName).ThenBy(p => p.FirstName).ToListAsync(cancellationToken);
        var capstones = new Dictionary<Guid, Guid?>();
        for (var rank = 0; rank < portfolios.Count; rank++)
        {
            var portfolio = portfolios[rank];
            var kind = rank % 5;
            if (kind == 3)
            {
                continue;
            }

            if (!capstones.TryGetValue(portfolio.TrackId, out var capstone))
            {
                capstone = (await PortfolioAccess.MilestonesAsync(mediator, portfolio.TrackId, cancellationToken)).FirstOrDefault(m => m.IsCapstone)?.Id;
                capstones[portfolio.TrackId] = capstone;
            }

            portfolio.GitHubLogin = $"{Slug(portfolio.FirstName)}-code{rank}";
            portfolio.GitHubVerified = kind != 2;
            portfolio.GitHubUserId = kind == 2 ? null : 9_000_000 + rank;
            portfolio.GitHubLinkedAt = now.AddDays(-30);
            portfolio.LastSyncAttemptAt = now;
            portfolio.LastSyncedAt = kind == 4 ? now.AddDays(-12) : now;
            portfolio.SyncStatus = kind == 4 ? SyncStatus.UserNotFound : SyncStatus.Ok;
            SeedRepositories(portfolio, kind, rank, capstone, now);
            if (kind == 0)
            {
                portfolio.Visibility = PortfolioVisibility.Public;
                portfolio.PublicSlug = SensitiveData.NewToken();
                portfolio.PublishedAt = now.AddDays(-3);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void SeedRepositories(Portfolio portfolio, int kind, int rank, Guid? capstone, DateTimeOffset now)
    {
        var count = kind switch { 0 => 5, 1 => 3, _ => 2 };
        for (var i = 0; i < count; i++)
        {
            var (name, description, languages, readme) = Projects[(i + (kind == 0 ? 0 : rank)) % Projects.Length];
            var curated = kind == 0 || (kind == 1 && i < 2);
            var isCapstone = name.StartsWith("capstone", StringComparison.Ordinal);
            db.Repositories.Add(new SyncedRepository
            {
                PortfolioId = portfolio.Id,
                GitHubId = 70_000_000L + (rank * 10) + i,
                Name = name,
                HtmlUrl = $"https://github.com/{portfolio.GitHubLogin}/{name}",
                Description = description,
                Languages = [.. languages],
                Stars = (rank + i) % 4,
                PushedAt = now.AddDays(-(3 + (i * 9) + (rank % 7))),
                HasReadme = readme,
                SyncedAt = portfolio.LastSyncedAt ?? now,
                Shown = curated,
                Position = curated ? i + 1 : null,
                MilestoneId = curated && isCapstone ? capstone : null,
                DescriptionFr = !curated ? null
                    : isCapstone ? "Projet final : un tableau d’entraide pour les personnes nouvellement arrivées."
                    : "Projet réalisé pendant la formation du soir.",
                DescriptionEn = curated && kind == 0 ? description : null,
                DemoUrl = curated && i == 0 ? $"https://{portfolio.GitHubLogin}.github.io/{name}/" : null,
            });
        }
    }

    private static string Slug(string name) =>
        new([.. name.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
}
