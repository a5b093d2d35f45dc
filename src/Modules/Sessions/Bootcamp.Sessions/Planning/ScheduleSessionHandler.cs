using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using MediatR;

namespace Bootcamp.Sessions.Planning;

internal sealed class ScheduleSessionHandler(SessionsDbContext db, TimeProvider clock) : IRequestHandler<ScheduleSession, Guid>
{
    public Task<Guid> Handle(ScheduleSession request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var session = new Session { Id = Guid.CreateVersion7(), Title = "", Days = [], CreatedAt = now, UpdatedAt = now };
        session.Apply(request.Details);
        db.Sessions.Add(session);
        db.Raise(session.Scheduled());
        return Task.FromResult(session.Id);
    }
}
