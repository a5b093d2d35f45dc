using Bootcamp.Messages.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Messages.Web.Pages.Teach.Messages;

/// <summary>A session's messages, newest first, with each one's progress; refreshes itself while one is being sent.</summary>
internal sealed class IndexModel(IMediator mediator, TeachingAccess access) : BootcampPageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public Guid SessionId { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public SessionDto Session { get; private set; } = null!;

    public PagedResult<MessageSummaryDto> Messages { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await access.SessionAsync(User, SessionId, cancellationToken) is not { } session)
        {
            return NotFound();
        }

        Session = session;
        Messages = await mediator.Send(new GetMessages(SessionId, PageNumber, PageSize), cancellationToken);
        Progress.RefreshWhile(Response, Messages.Items.Any(m => !m.Done));
        return Page();
    }
}
