using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.Enrolment.FindingPeople;

internal sealed class GetParticipantsOfApplicationsHandler(SessionsDbContext db)
    : IRequestHandler<GetParticipantsOfApplications, IReadOnlyList<ParticipantDto>>
{
    public async Task<IReadOnlyList<ParticipantDto>> Handle(GetParticipantsOfApplications request, CancellationToken cancellationToken)
    {
        var ids = request.ApplicationIds.Distinct().Take(1000).ToList();
        var participants = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.ApplicationId)).ToListAsync(cancellationToken);
        return [.. participants.Select(p => p.ToDto())];
    }
}
