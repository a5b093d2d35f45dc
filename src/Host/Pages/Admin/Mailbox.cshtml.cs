using Bootcamp.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Host.Pages.Admin;

/// <summary>Where a developer (or an admin chasing a complaint) reads what the app sent. Admin only: mails hold
/// personal data.</summary>
internal sealed class MailboxModel(IMailbox mailbox) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    public IReadOnlyList<MailSummary> Mails { get; private set; } = [];

    public MailSummary? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        if (Id is { } id)
        {
            Selected = await mailbox.FindAsync(id, cancellationToken);
            return Selected is null ? NotFound() : Page();
        }

        Mails = await mailbox.RecentAsync(PageNumber, PageSize, cancellationToken);
        return Page();
    }
}
