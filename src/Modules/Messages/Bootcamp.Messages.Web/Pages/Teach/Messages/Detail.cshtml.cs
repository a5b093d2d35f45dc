using Bootcamp.Messages.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Messages.Web.Pages.Teach.Messages;

/// <summary>One message: what was written, to which groups, and how far its sending has gone, in counts only (no
/// addresses: the history is not a list of people). Refreshes itself until every mail is queued.</summary>
internal sealed class DetailModel(IMediator mediator, TeachingAccess access) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public MessageDto Message { get; private set; } = null!;

    public string SessionTitle { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        try
        {
            Message = await mediator.Send(new GetMessage(Id), cancellationToken);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        if (await access.SessionAsync(User, Message.Summary.SessionId, cancellationToken) is not { } session)
        {
            return NotFound();
        }

        SessionTitle = session.Details.Title;
        Progress.RefreshWhile(Response, !Message.Summary.Done);
        return Page();
    }
}
