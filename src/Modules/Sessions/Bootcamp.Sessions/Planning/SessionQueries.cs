using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Sessions.Resources;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.Planning;

internal sealed class GetSessionHandler(SessionsDbContext db) : IRequestHandler<GetSession, SessionDto>
{
    public async Task<SessionDto> Handle(GetSession request, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Track)
            .FirstOrDefaultAsync(s => s.Id == request.SessionId, cancellationToken)
            ?? throw new NotFoundException(SessionsMessages.SessionNotFound);
        return new SessionDto(session.Id, session.Track!.ToDto(), session.ToDetails(), session.Version, session.CreatedAt);
    }
}

internal sealed class GetSessionsHandler(SessionsDbContext db) : IRequestHandler<GetSessions, PagedResult<SessionSummaryDto>>
{
    public async Task<PagedResult<SessionSummaryDto>> Handle(GetSessions request, CancellationToken cancellationToken)
    {
        var (page, size) = Paging.Normalise(request.Page, request.PageSize);
        var query = db.Sessions.AsNoTracking();
        if (request.Year is { } year)
        {
            query = query.Where(s => s.StartDate >= new DateOnly(year, 1, 1) && s.StartDate <= new DateOnly(year, 12, 31));
        }

        if (request.TrackId is { } track)
        {
            query = query.Where(s => s.TrackId == track);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.Include(s => s.Track)
            .OrderByDescending(s => s.StartDate).ThenBy(s => s.Title)
            .Skip((page - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        return new PagedResult<SessionSummaryDto>([.. items.Select(SessionSummaries.From)], page, size, total);
    }
}

internal sealed class GetSessionTitlesHandler(SessionsDbContext db) : IRequestHandler<GetSessionTitles, IReadOnlyDictionary<Guid, string>>
{
    public async Task<IReadOnlyDictionary<Guid, string>> Handle(GetSessionTitles request, CancellationToken cancellationToken)
    {
        var ids = request.SessionIds.Distinct().ToList();
        return await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken);
    }
}

internal sealed class GetUpcomingSessionsHandler(SessionsDbContext db) : IRequestHandler<GetUpcomingSessions, IReadOnlyList<SessionSummaryDto>>
{
    public async Task<IReadOnlyList<SessionSummaryDto>> Handle(GetUpcomingSessions request, CancellationToken cancellationToken)
    {
        var items = await db.Sessions.AsNoTracking().Include(s => s.Track)
            .Where(s => s.ApplicationClosesOn >= request.Today && s.Track!.IsActive)
            .OrderBy(s => s.ApplicationClosesOn).ThenBy(s => s.StartDate)
            .Take(50)
            .ToListAsync(cancellationToken);
        return [.. items.Select(SessionSummaries.From)];
    }
}

internal static class SessionSummaries
{
    public static SessionSummaryDto From(Session s) => new(
        s.Id, s.Title, s.Track!.ToDto(), s.StartDate, s.EndDate, s.Days, s.StartsAt, s.EndsAt, s.Delivery, s.Location,
        s.Capacity, s.NewcomerSharePercent, s.ApplicationOpensOn, s.ApplicationClosesOn);
}
