using Bootcamp.Applications.Contracts;
using Bootcamp.Host.Infrastructure;
using Bootcamp.Host.Resources;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bootcamp.Host.Pages.Public;

/// <summary>The applicant's private status page, reached only through the link in their confirmation email. An unknown
/// token is a plain 404; the token is never logged nor put in another URL.</summary>
[EnableRateLimiting(RateLimiting.PublicForms)]
internal sealed class ApplicationModel(IMediator mediator) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public bool Withdrawn { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public ApplicationStatusDto Application { get; private set; } = null!;

    public SessionDto? Session { get; private set; }

    [BindProperty(SupportsGet = true)]
    public bool SeatConfirmedNow { get; set; }

    public string? SeatMessage { get; private set; }

    /// <summary>An admitted applicant takes their seat; a late click gets the reason, not an error page.</summary>
    public async Task<IActionResult> OnPostConfirmSeatAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new ConfirmSeat(Token), cancellationToken);
            return RedirectToPage(new { token = Token, seatConfirmedNow = true });
        }
        catch (Bootcamp.Shared.Contracts.ConflictException conflict)
        {
            if (!await LoadAsync(cancellationToken))
            {
                return NotFound();
            }

            SeatMessage = conflict.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }

    public bool CanWithdraw => Application.Status is not (ApplicationStatus.Withdrawn or ApplicationStatus.Released or ApplicationStatus.Ineligible);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        SeatMessage = SeatConfirmedNow && Application.Status == ApplicationStatus.Confirmed ? SharedText.SeatConfirmedNotice : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), SharedText.WithdrawConfirmRequired);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await mediator.Send(new WithdrawApplication(Token, Reason), cancellationToken);
        return RedirectToPage(new { token = Token, withdrawn = true });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Application = await mediator.Send(new GetApplicationByToken(Token), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        try
        {
            Session = await mediator.Send(new GetSession(Application.SessionId), cancellationToken);
        }
        catch (NotFoundException)
        {
            Session = null;
        }

        return true;
    }
}
