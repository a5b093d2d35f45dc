using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Waitlist;
using MediatR;

namespace Bootcamp.Applications.Selecting;

internal sealed class GetSeatsHeldHandler(SeatOffers seats) : IRequestHandler<GetSeatsHeld, int>
{
    public Task<int> Handle(GetSeatsHeld request, CancellationToken cancellationToken) => seats.SeatsTakenAsync(request.SessionId, cancellationToken);
}
