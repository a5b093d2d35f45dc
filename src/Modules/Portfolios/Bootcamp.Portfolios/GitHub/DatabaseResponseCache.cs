using Bootcamp.Portfolios.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Portfolios.GitHub;

/// <summary>The ETag cache in the module's table, shared by every Host. Written with an upsert outside the change
/// tracker, so storing a page never saves a sync's half-made changes.</summary>
internal sealed class DatabaseResponseCache(PortfoliosDbContext db, TimeProvider clock) : IGitHubResponseStore
{
    public async Task<StoredResponse?> FindAsync(string url, CancellationToken cancellationToken) =>
        await db.GitHubResponses.AsNoTracking().Where(r => r.Url == url)
            .Select(r => new StoredResponse(r.ETag, r.Body, r.NextUrl)).FirstOrDefaultAsync(cancellationToken);

    public async Task StoreAsync(string url, StoredResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO portfolios.github_responses (url, e_tag, body, next_url, stored_at)
            VALUES ({url}, {response.ETag}, {response.Body}, {response.Next}, {now})
            ON CONFLICT (url) DO UPDATE SET e_tag = excluded.e_tag, body = excluded.body, next_url = excluded.next_url, stored_at = excluded.stored_at
            """, cancellationToken);
    }
}
