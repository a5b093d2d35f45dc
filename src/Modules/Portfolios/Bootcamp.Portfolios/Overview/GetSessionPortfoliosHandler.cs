using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.GitHub;
using Bootcamp.Portfolios.Persistence;
using Bootcamp.Portfolios.Portfolios;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Portfolios.Overview;

/// <summary>Where each participant of a session stands: account, last sync, checklist, public or not. No repository
/// content: those who teach need the status to help, not the pages.</summary>
internal sealed class GetSessionPortfoliosHandler(PortfoliosDbContext db, IMediator mediator, IOptions<CuratingOptions> options)
    : IRequestHandler<GetSessionPortfolios, IReadOnlyList<PortfolioStatusDto>>
{
    public async Task<IReadOnlyList<PortfolioStatusDto>> Handle(GetSessionPortfolios request, CancellationToken cancellationToken)
    {
        var portfolios = await db.Portfolios.AsNoTracking().Where(p => p.SessionId == request.SessionId)
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ToListAsync(cancellationToken);
        if (portfolios.Count == 0)
        {
            return [];
        }

        var ids = portfolios.Select(p => p.Id).ToList();
        var repositories = (await db.Repositories.AsNoTracking().Where(r => ids.Contains(r.PortfolioId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.PortfolioId);
        var milestones = await PortfolioAccess.MilestonesAsync(mediator, portfolios[0].TrackId, cancellationToken);
        return [.. portfolios.Select(p => new PortfolioStatusDto(
            p.ParticipantId, p.FirstName, p.LastName, p.GitHubLogin, p.GitHubVerified, p.SyncStatus, p.LastSyncedAt,
            repositories[p.Id].Count(r => r.GoneAt is null),
            PortfolioAccess.Checklist(repositories[p.Id], milestones, options.Value.ProjectsWanted), p.Visibility))];
    }
}
