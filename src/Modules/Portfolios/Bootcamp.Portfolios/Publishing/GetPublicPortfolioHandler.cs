using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.Persistence;
using Bootcamp.Portfolios.Portfolios;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Portfolios.Publishing;

/// <summary>The employer's view: the display name (first name and initial), the account, and the shown repositories
/// still public on GitHub, with the participant's words. Nothing else about the person leaves the module.</summary>
internal sealed class GetPublicPortfolioHandler(PortfoliosDbContext db, IMediator mediator) : IRequestHandler<GetPublicPortfolio, PublicPortfolioDto>
{
    public async Task<PublicPortfolioDto> Handle(GetPublicPortfolio request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Slug) || request.Slug.Length > 64)
        {
            throw new NotFoundException();
        }

        var portfolio = await db.Portfolios.AsNoTracking()
            .FirstOrDefaultAsync(p => p.PublicSlug == request.Slug && p.Visibility == PortfolioVisibility.Public && p.GitHubLogin != null, cancellationToken)
            ?? throw new NotFoundException();
        var shown = await db.Repositories.AsNoTracking()
            .Where(r => r.PortfolioId == portfolio.Id && r.Shown && r.GoneAt == null)
            .OrderBy(r => r.Position).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        var milestones = (await PortfolioAccess.MilestonesAsync(mediator, portfolio.TrackId, cancellationToken)).ToDictionary(m => m.Id);
        return new PublicPortfolioDto(portfolio.DisplayName, portfolio.GitHubLogin!, portfolio.GitHubVerified, [.. shown.Select(r =>
        {
            var milestone = r.MilestoneId is { } id && milestones.TryGetValue(id, out var m) ? m : null;
            return new PublicProjectDto(
                r.Name, r.HtmlUrl, r.Languages, r.PushedAt, r.Stars, r.DescriptionFr, r.DescriptionEn, r.DemoUrl, milestone?.NameFr,
                milestone?.NameEn, milestone?.IsCapstone ?? false);
        })]);
    }
}
