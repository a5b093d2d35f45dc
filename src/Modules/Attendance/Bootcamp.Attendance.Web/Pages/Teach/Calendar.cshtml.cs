using Bootcamp.Attendance.Contracts;
using Bootcamp.Identity;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Attendance.Web.Pages.Teach;

/// <summary>The instructor's private calendar feed: the address to subscribe to, shown once when it is made, and a way
/// to make a new one, which stops the old one (a lost phone, an address pasted in the wrong place).</summary>
internal sealed class CalendarModel(IMediator mediator) : BootcampPageModel
{
    public DateTimeOffset? CreatedAt { get; private set; }

    /// <summary>Only in the answer to the post that made it: never stored, never in a redirect or TempData.</summary>
    public string? FeedUrl { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        CreatedAt = await mediator.Send(new GetCalendarFeedCreatedAt(SignedInUser.Id(User)), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = SignedInUser.Id(User);
        FeedUrl = await mediator.Send(new CreateCalendarFeed(user), cancellationToken);
        CreatedAt = await mediator.Send(new GetCalendarFeedCreatedAt(user), cancellationToken);
        // The page holds a secret: no copy in a cache, and a reload must not post again silently.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
