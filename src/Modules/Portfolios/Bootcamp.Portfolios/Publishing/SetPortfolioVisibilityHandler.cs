using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.Persistence;
using Bootcamp.Portfolios.Portfolios;
using Bootcamp.Portfolios.Resources;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Privacy;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Portfolios.Publishing;

/// <summary>Opt-in publication. Publishing an already public portfolio keeps its address (a double click changes
/// nothing); unpublishing forgets the address at once, so the old link answers like any unknown one.</summary>
internal sealed class SetPortfolioVisibilityHandler(PortfoliosDbContext db, IMediator mediator, TimeProvider clock)
    : IRequestHandler<SetPortfolioVisibility, string?>
{
    public async Task<string?> Handle(SetPortfolioVisibility request, CancellationToken cancellationToken)
    {
        var portfolio = await PortfolioAccess.ByApplicationTokenAsync(db, mediator, request.Token, cancellationToken);
        if (request.Visibility == PortfolioVisibility.Private)
        {
            portfolio.Visibility = PortfolioVisibility.Private;
            portfolio.PublicSlug = null;
            portfolio.PublishedAt = null;
            return null;
        }

        if (portfolio.Visibility == PortfolioVisibility.Public && portfolio.PublicSlug is not null)
        {
            return portfolio.PublicSlug;
        }

        if (portfolio.GitHubLogin is null)
        {
            throw ValidationFailedException.For(nameof(SetPortfolioVisibility.Visibility), PortfoliosMessages.NoAccountLinked);
        }

        if (!await db.Repositories.AnyAsync(r => r.PortfolioId == portfolio.Id && r.Shown && r.GoneAt == null, cancellationToken))
        {
            throw ValidationFailedException.For(nameof(SetPortfolioVisibility.Visibility), PortfoliosMessages.NothingToPublish);
        }

        portfolio.Visibility = PortfolioVisibility.Public;
        portfolio.PublicSlug = SensitiveData.NewToken();
        portfolio.PublishedAt = clock.GetUtcNow();
        return portfolio.PublicSlug;
    }
}
