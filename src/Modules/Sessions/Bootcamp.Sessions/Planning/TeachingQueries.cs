using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.Planning;

internal sealed class IsSessionInstructorHandler(SessionsDbContext db) : IRequestHandler<IsSessionInstructor, bool>
{
    public Task<bool> Handle(IsSessionInstructor request, CancellationToken cancellationToken) =>
        db.Sessions.AsNoTracking().AnyAsync(s => s.Id == request.SessionId && s.InstructorIds.Contains(request.UserId), cancellationToken);
}

internal sealed class GetSessionsTaughtByHandler(SessionsDbContext db) : IRequestHandler<GetSessionsTaughtBy, IReadOnlyList<SessionSummaryDto>>
{
    public async Task<IReadOnlyList<SessionSummaryDto>> Handle(GetSessionsTaughtBy request, CancellationToken cancellationToken)
    {
        // A month after the end: instructors still correct attendance and progress while completion is settled.
        var endedAfter = request.Today.AddMonths(-1);
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Track)
            .Where(s => s.InstructorIds.Contains(request.UserId) && s.EndDate >= endedAfter)
            .OrderBy(s => s.StartDate).ThenBy(s => s.Title)
            .ToListAsync(cancellationToken);
        return [.. sessions.Select(SessionSummaries.From)];
    }
}

internal sealed class GetSessionsInTeachingWindowHandler(SessionsDbContext db)
    : IRequestHandler<GetSessionsInTeachingWindow, IReadOnlyList<SessionSummaryDto>>
{
    public async Task<IReadOnlyList<SessionSummaryDto>> Handle(GetSessionsInTeachingWindow request, CancellationToken cancellationToken)
    {
        var endedAfter = request.Today.AddMonths(-1);
        var startsBy = request.Today.AddDays(7);
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Track)
            .Where(s => s.EndDate >= endedAfter && s.StartDate <= startsBy)
            .OrderBy(s => s.StartDate).ThenBy(s => s.Title)
            .ToListAsync(cancellationToken);
        return [.. sessions.Select(SessionSummaries.From)];
    }
}

internal sealed class GetRunningSessionsHandler(SessionsDbContext db) : IRequestHandler<GetRunningSessions, IReadOnlyList<SessionSummaryDto>>
{
    public async Task<IReadOnlyList<SessionSummaryDto>> Handle(GetRunningSessions request, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Track)
            .Where(s => s.StartDate <= request.Today && s.EndDate >= request.Today)
            .OrderBy(s => s.StartDate).ThenBy(s => s.Title)
            .ToListAsync(cancellationToken);
        return [.. sessions.Select(SessionSummaries.From)];
    }
}
