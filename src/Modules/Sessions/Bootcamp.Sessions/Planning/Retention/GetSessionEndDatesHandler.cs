using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.Planning.Retention;

internal sealed class GetSessionEndDatesHandler(SessionsDbContext db) : IRequestHandler<GetSessionEndDates, IReadOnlyDictionary<Guid, DateOnly>>
{
    public async Task<IReadOnlyDictionary<Guid, DateOnly>> Handle(GetSessionEndDates request, CancellationToken cancellationToken) =>
        await db.Sessions.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.EndDate, cancellationToken);
}
