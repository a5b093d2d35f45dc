using Bootcamp.Host.Infrastructure.Operations;
using Bootcamp.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Host.Pages.Admin;

/// <summary>Where a developer reads what the app sent, bodies included. Admin only: mails hold personal data. Only where
/// mail is not real (<see cref="DevelopmentMailbox"/>): elsewhere a body can still hold a private link, and the admin's
/// view of the queue is Operations › Mail, which never shows one.</summary>
internal sealed class MailboxModel(IMailbox mailbox, IWebHostEnvironment environment) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    public IReadOnlyList<MailSummary> Mails { get; private set; } = [];

    public MailSummary? Selected { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!DevelopmentMailbox.IsAvailable(environment))
        {
            return NotFound();
        }

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
