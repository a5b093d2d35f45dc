using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Persistence;
using MediatR;

namespace Bootcamp.Placements.Answering;

internal sealed class GetFollowUpByTokenHandler(PlacementsDbContext db, TimeProvider clock) : IRequestHandler<GetFollowUpByToken, FollowUpFormDto>
{
    public async Task<FollowUpFormDto> Handle(GetFollowUpByToken request, CancellationToken cancellationToken)
    {
        var (wave, person) = await FollowUpLinks.OpenAsync(db, request.Token, clock, track: false, cancellationToken);
        return FollowUpLinks.ToForm(wave, person);
    }
}
