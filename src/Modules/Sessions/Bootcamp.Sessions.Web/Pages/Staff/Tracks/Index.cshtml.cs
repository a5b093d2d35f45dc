using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Sessions.Web.Pages.Staff.Tracks;

internal sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<TrackDto> Tracks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tracks = await mediator.Send(new GetTracks(IncludeInactive: true), cancellationToken);
}
