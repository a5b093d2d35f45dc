using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Sessions.Web.Pages.Staff.Sessions;

internal sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Track { get; set; }

    public PagedResult<SessionSummaryDto> Result { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public IReadOnlyList<TrackDto> Tracks { get; private set; } = [];

    public IEnumerable<int> Years => Display.Years(clock, throughNextYear: true);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Tracks = await mediator.Send(new GetTracks(IncludeInactive: true), cancellationToken);
        Result = await mediator.Send(new GetSessions(PageNumber, Paging.DefaultPageSize, Year, Track), cancellationToken);
    }
}
