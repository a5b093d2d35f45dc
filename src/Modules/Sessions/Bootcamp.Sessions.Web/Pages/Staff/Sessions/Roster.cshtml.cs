using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Sessions.Web.Pages.Staff.Sessions;

/// <summary>Who is in, who left and why. Withdrawing someone is confirmed on a page of its own.</summary>
internal sealed class RosterModel(IMediator mediator) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>The participant being withdrawn: the page asks for the reason and a confirmation.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Withdraw { get; set; }

    [BindProperty]
    public WithdrawalReason? Reason { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public SessionDto Session { get; private set; } = null!;

    public IReadOnlyList<ParticipantDto> Roster { get; private set; } = [];

    public ParticipantDto? Leaving => Withdraw is { } id ? Roster.FirstOrDefault(p => p.Id == id && p.Status == ParticipantStatus.Enrolled) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Leaving is not { } leaving)
        {
            return NotFound();
        }

        if (Reason is null)
        {
            ModelState.AddModelError(nameof(Reason), SessionsText.ReasonRequired);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            await mediator.Send(new WithdrawParticipant(leaving.Id, Reason.Value, Note, SignedInUser.Id(User)), cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure, "Note", "Note");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Notice = string.Format(System.Globalization.CultureInfo.CurrentCulture, SessionsText.ParticipantWithdrawnNotice, $"{leaving.FirstName} {leaving.LastName}");
        return RedirectToPage(new { id = Id, withdraw = (Guid?)null });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Session = await mediator.Send(new GetSession(Id), cancellationToken);
        }
        catch (NotFoundException)
        {
            return false;
        }

        Roster = await mediator.Send(new GetRoster(Id), cancellationToken);
        return true;
    }
}
