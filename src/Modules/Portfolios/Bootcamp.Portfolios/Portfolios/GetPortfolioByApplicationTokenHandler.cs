using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.GitHub;
using Bootcamp.Portfolios.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Portfolios.Portfolios;

internal sealed class GetPortfolioByApplicationTokenHandler(PortfoliosDbContext db, IMediator mediator, IOptions<CuratingOptions> options)
    : IRequestHandler<GetPortfolioByApplicationToken, PortfolioDto>
{
    public async Task<PortfolioDto> Handle(GetPortfolioByApplicationToken request, CancellationToken cancellationToken)
    {
        var p = await PortfolioAccess.ByApplicationTokenAsync(db, mediator, request.Token, cancellationToken);
        var repositories = await db.Repositories.AsNoTracking().Where(r => r.PortfolioId == p.Id)
            .OrderBy(r => r.GoneAt != null).ThenBy(r => r.Position == null).ThenBy(r => r.Position)
            .ThenByDescending(r => r.PushedAt).ThenBy(r => r.Name)
            .ToListAsync(cancellationToken);
        var milestones = await PortfolioAccess.MilestonesAsync(mediator, p.TrackId, cancellationToken);
        return new PortfolioDto(
            p.Id, p.ParticipantId, p.SessionId, p.FirstName, p.PreferredLanguage, p.GitHubLogin, p.GitHubVerified, p.SyncStatus,
            p.LastSyncedAt, p.LastSyncAttemptAt, p.RateLimitedUntil, p.Visibility, p.Visibility == PortfolioVisibility.Public ? p.PublicSlug : null,
            options.Value.MaxShown, [.. repositories.Select(PortfolioAccess.ToDto)], milestones,
            PortfolioAccess.Checklist(repositories, milestones, options.Value.ProjectsWanted));
    }
}
