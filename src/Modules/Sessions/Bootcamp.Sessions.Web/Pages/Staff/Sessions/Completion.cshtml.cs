using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Sessions.Web.Pages.Staff.Sessions;

/// <summary>Who completed, by the rule and after staff overrides, with each completer's certificate.</summary>
internal sealed class CompletionModel(IMediator mediator) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Override { get; set; }

    [BindProperty]
    public CompletionOutcome? Outcome { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public SessionCompletionDto Completion { get; private set; } = null!;

    public ParticipantCompletionDto? Overriding =>
        Override is { } id && Completion.DecidedAt is not null ? Completion.Participants.FirstOrDefault(p => p.ParticipantId == id) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || Overriding is not { } participant)
        {
            return NotFound();
        }

        if (Outcome is null)
        {
            ModelState.AddModelError(nameof(Outcome), SessionsText.OutcomeRequired);
        }

        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), SessionsText.OverrideReasonRequired);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        try
        {
            await mediator.Send(new OverrideCompletion(participant.ParticipantId, Outcome!.Value, Reason!, SignedInUser.Id(User)), cancellationToken);
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure, "Reason", "Reason");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Notice = string.Format(System.Globalization.CultureInfo.CurrentCulture, SessionsText.OverrideSaved, $"{participant.FirstName} {participant.LastName}");
        return RedirectToPage(new { id = Id, @override = (Guid?)null });
    }

    /// <summary>The certificate PDF in the language asked for (the participant's by default).</summary>
    public async Task<IActionResult> OnGetCertificateAsync(Guid participantId, string? culture, CancellationToken cancellationToken)
    {
        try
        {
            var participant = await mediator.Send(new GetParticipant(participantId), cancellationToken);
            if (participant.SessionId != Id)
            {
                return NotFound();
            }

            var file = await mediator.Send(new GetCertificate(participantId, culture), cancellationToken);
            return File(file.Content, file.ContentType, file.FileName);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Completion = await mediator.Send(new GetSessionCompletion(Id), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
