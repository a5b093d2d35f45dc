using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Sessions.Web.Pages.Public;

internal sealed class SessionsModel(IMediator mediator, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SessionSummaryDto> Sessions { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = Display.Today(clock);
        Sessions = await mediator.Send(new GetUpcomingSessions(Today), cancellationToken);
    }
}
