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
