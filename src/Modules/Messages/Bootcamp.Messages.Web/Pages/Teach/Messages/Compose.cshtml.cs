using Bootcamp.Messages.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Messages.Web.Pages.Teach.Messages;

/// <summary>
/// Write, preview, send: one page in three steps. The form carries a key made when it was first shown, through the
/// preview to the send, so a double click or a re-post of the send is the same message (decisions/0023). Staff reach
/// every session, an instructor only those they teach (<see cref="TeachingAccess"/>; anything else is a 404).
/// </summary>
internal sealed class ComposeModel(IMediator mediator, TeachingAccess access) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid SessionId { get; set; }

    [BindProperty]
    public ComposeInput Input { get; set; } = new();

    public SessionDto Session { get; private set; } = null!;

    /// <summary>Every group's count, beside its checkbox.</summary>
    public AudienceDto Counts { get; private set; } = null!;

    public MessagePreviewDto? Preview { get; private set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Input = new ComposeInput { IdempotencyKey = Guid.NewGuid().ToString("N") };
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (BindingFailed)
        {
            return Invalid();
        }

        try
        {
            Preview = await mediator.Send(new PreviewMessage(SessionId, Input.Groups, Input.ToText()), cancellationToken);
            return Page();
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure, "Text", "Input");
            return Invalid();
        }
    }

    /// <summary>Back from the preview to the form, with everything typed.</summary>
    public async Task<IActionResult> OnPostEditAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (BindingFailed)
        {
            return Invalid();
        }

        try
        {
            var id = await mediator.Send(
                new SendMessage(SessionId, Input.Groups, Input.ToText(), Input.IdempotencyKey, SignedInUser.Id(User)), cancellationToken);
            await mediator.Send(new StartDelivery(id), cancellationToken);
            return Redirect($"/Teach/Messages/Detail/{id}");
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure, "Text", "Input");
            return Invalid();
        }
        catch (ConflictException conflict)
        {
            Problem = conflict.Message;
            return Invalid(StatusCodes.Status409Conflict);
        }
    }

    private PageResult Invalid(int status = StatusCodes.Status400BadRequest)
    {
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await access.SessionAsync(User, SessionId, cancellationToken) is not { } session)
        {
            return false;
        }

        Session = session;
        Counts = await mediator.Send(new GetAudience(SessionId, []), cancellationToken);
        return true;
    }

    internal sealed class ComposeInput
    {
        public string? SubjectFr { get; set; }
        public string? BodyFr { get; set; }
        public string? SubjectEn { get; set; }
        public string? BodyEn { get; set; }
        public List<RecipientGroup> Groups { get; set; } = [];
        public string IdempotencyKey { get; set; } = "";

        public MessageText ToText() => new(SubjectFr, BodyFr, SubjectEn, BodyEn);
    }
}
