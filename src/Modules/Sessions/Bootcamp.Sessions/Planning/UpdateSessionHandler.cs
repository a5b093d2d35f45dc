using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Sessions.Resources;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.Planning;

internal sealed class UpdateSessionHandler(SessionsDbContext db, TimeProvider clock) : IRequestHandler<UpdateSession, Guid>
{
    public async Task<Guid> Handle(UpdateSession request, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == request.SessionId, cancellationToken)
            ?? throw new NotFoundException(SessionsMessages.SessionNotFound);

        // The version the editor saw becomes the concurrency token EF checks on save.
        db.Entry(session).Property(s => s.Version).OriginalValue = request.Version;
        var scheduleBefore = session.Scheduled();
        session.Apply(request.Details);
        session.UpdatedAt = clock.GetUtcNow();
        if (session.Scheduled() is var scheduleAfter && !SameSchedule(scheduleBefore, scheduleAfter))
        {
            db.Raise(scheduleAfter);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConflictException(SessionsMessages.SessionChangedMeanwhile, ex);
        }

        return session.Id;
    }

    private static bool SameSchedule(SessionScheduled a, SessionScheduled b) =>
        a.StartDate == b.StartDate && a.EndDate == b.EndDate && a.StartsAt == b.StartsAt && a.EndsAt == b.EndsAt && a.Days.SequenceEqual(b.Days);
}
