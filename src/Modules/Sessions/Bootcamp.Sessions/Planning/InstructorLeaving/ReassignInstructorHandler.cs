using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.Planning.InstructorLeaving;

internal sealed class ReassignInstructorHandler(SessionsDbContext db, TimeProvider clock) : IRequestHandler<ReassignInstructor, int>
{
    public async Task<int> Handle(ReassignInstructor request, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions
            .Where(s => s.InstructorIds.Contains(request.From) && s.EndDate >= request.Today)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var session in sessions)
        {
            session.ReplaceInstructor(request.From, request.To, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return sessions.Count;
    }
}

internal sealed class GetOpenSessionsTaughtByHandler(SessionsDbContext db)
    : IRequestHandler<GetOpenSessionsTaughtBy, IReadOnlyList<SessionSummaryDto>>
{
    public async Task<IReadOnlyList<SessionSummaryDto>> Handle(GetOpenSessionsTaughtBy request, CancellationToken cancellationToken)
    {
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Track)
            .Where(s => s.InstructorIds.Contains(request.UserId) && s.EndDate >= request.Today)
            .OrderBy(s => s.StartDate).ThenBy(s => s.Title)
            .ToListAsync(cancellationToken);
        return [.. sessions.Select(SessionSummaries.From)];
    }
}
