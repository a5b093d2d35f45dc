using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.Persistence;
using Bootcamp.Portfolios.Portfolios;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Portfolios.Sync;

/// <summary>The participant's button. A second press within <see cref="MinimumGap"/> answers the status of the first
/// without calling GitHub again, so a page reloaded in a loop cannot spend the programme's quota.</summary>
internal sealed class SyncPortfolioNowHandler(PortfoliosDbContext db, IMediator mediator, PortfolioSync sync, TimeProvider clock)
    : IRequestHandler<SyncPortfolioNow, SyncStatus>
{
    public static readonly TimeSpan MinimumGap = TimeSpan.FromSeconds(30);

    public async Task<SyncStatus> Handle(SyncPortfolioNow request, CancellationToken cancellationToken)
    {
        var portfolio = await PortfolioAccess.ByApplicationTokenAsync(db, mediator, request.Token, cancellationToken);
        if (portfolio.LastSyncAttemptAt is { } last && clock.GetUtcNow() - last < MinimumGap)
        {
            return portfolio.SyncStatus;
        }

        return await sync.SyncAsync(portfolio.Id, cancellationToken);
    }
}

internal sealed class SyncParticipantPortfolioHandler(PortfoliosDbContext db, PortfolioSync sync)
    : IRequestHandler<SyncParticipantPortfolio, SyncStatus>
{
    public async Task<SyncStatus> Handle(SyncParticipantPortfolio request, CancellationToken cancellationToken)
    {
        var id = await db.Portfolios.Where(p => p.ParticipantId == request.ParticipantId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException();
        return await sync.SyncAsync(id, cancellationToken);
    }
}
