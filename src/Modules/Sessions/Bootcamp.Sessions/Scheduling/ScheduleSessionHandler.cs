using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using MediatR;

namespace Bootcamp.Sessions.Scheduling;

internal sealed class ScheduleSessionHandler(SessionsDbContext db, TimeProvider clock) : IRequestHandler<ScheduleSession, Guid>
{
    public Task<Guid> Handle(ScheduleSession request, CancellationToken cancellationToken)
    {
        var session = new Session
        {
            Id = Guid.CreateVersion7(),
            Title = request.Title.Trim(),
            Track = request.Track.Trim(),
            StartDate = request.StartDate,
            EndDate = request.EndDate,
            Days = [.. request.Days.Distinct().Order()],
            StartsAt = request.StartsAt,
            EndsAt = request.EndsAt,
            Capacity = request.Capacity,
            NewcomerSharePercent = request.NewcomerSharePercent,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Sessions.Add(session);
        db.Raise(new SessionScheduled(session.Id, session.StartDate, session.EndDate, session.Days, session.StartsAt, session.EndsAt));
        return Task.FromResult(session.Id);
    }
}
