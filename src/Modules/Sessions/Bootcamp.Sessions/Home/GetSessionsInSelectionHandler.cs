using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Sessions.Planning;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.Home;

internal sealed class GetSessionsInSelectionHandler(SessionsDbContext db) : IRequestHandler<GetSessionsInSelection, IReadOnlyList<SessionSummaryDto>>
{
    public async Task<IReadOnlyList<SessionSummaryDto>> Handle(GetSessionsInSelection request, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Track)
            .Where(s => s.ApplicationOpensOn <= request.Today && s.StartDate >= request.Today)
            .OrderBy(s => s.StartDate).ThenBy(s => s.Title)
            .ToListAsync(cancellationToken);
        return [.. sessions.Select(SessionSummaries.From)];
    }
}
