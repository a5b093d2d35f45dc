using Bootcamp.Applications.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bootcamp.Applications.Web.Pages.Public;

/// <summary>"Resend my link": the same answer for any well-formed address, so the page cannot tell who applied. Posting
/// is held to the public forms' limit per client; the command itself holds each application to one resend per ten
/// minutes (decisions/0022).</summary>
[EnableRateLimiting(PublicRateLimit.Policy)]
internal sealed class ResendLinkModel(IMediator mediator, TimeProvider clock) : BootcampPageModel
{
    [BindProperty]
    public string Email { get; set; } = "";

    [BindProperty]
    public Guid? SessionId { get; set; }

    public IReadOnlyList<SessionSummaryDto> Sessions { get; private set; } = [];

    public bool Done { get; private set; }

    public async Task OnGetAsync(Guid? sessionId, CancellationToken cancellationToken)
    {
        SessionId = sessionId;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ModelState.Remove(nameof(SessionId));
        try
        {
            await mediator.Send(new ResendStatusLinks(Email ?? "", SessionId), cancellationToken);
            Done = true;
            return Page();
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure, "", "");
        }

        await LoadAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Sessions = await mediator.Send(new GetUpcomingSessions(Display.Today(clock)), cancellationToken);
}
