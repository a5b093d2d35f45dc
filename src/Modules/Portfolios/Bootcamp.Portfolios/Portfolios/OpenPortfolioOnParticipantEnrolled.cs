using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.Persistence;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Portfolios.Portfolios;

/// <summary>Every enrolled participant gets a portfolio, private. The inbox skips a redelivery; the unique participant
/// index and the lookup make a second enrolment event for the same person only refresh the copy of their name.</summary>
internal sealed class OpenPortfolioOnParticipantEnrolled(PortfoliosDbContext db, TimeProvider clock)
    : IntegrationEventHandler<ParticipantEnrolled, PortfoliosDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(ParticipantEnrolled e, CancellationToken cancellationToken)
    {
        var portfolio = await Db.Portfolios.FirstOrDefaultAsync(p => p.ParticipantId == e.ParticipantId, cancellationToken);
        if (portfolio is null)
        {
            portfolio = new Portfolio
            {
                Id = Guid.CreateVersion7(),
                ParticipantId = e.ParticipantId,
                FirstName = e.FirstName,
                LastName = e.LastName,
                PreferredLanguage = e.PreferredLanguage,
                Visibility = PortfolioVisibility.Private,
                SyncStatus = SyncStatus.NeverSynced,
                CreatedAt = Clock.GetUtcNow(),
            };
            Db.Portfolios.Add(portfolio);
        }

        portfolio.ApplicationId = e.ApplicationId;
        portfolio.SessionId = e.SessionId;
        portfolio.TrackId = e.TrackId;
        portfolio.FirstName = e.FirstName;
        portfolio.LastName = e.LastName;
        portfolio.PreferredLanguage = e.PreferredLanguage;
    }
}
