using Bootcamp.Mail;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Host.Pages.Admin.Operations;

/// <summary>
/// The mail queue for the admin: what waits, what went and what failed with its reason, and the retry of a failed mail.
/// Never a body: until a mail is sent or given up on, its body holds the recipient's private links.
/// </summary>
internal sealed class MailModel(IMailOperations mail) : BootcampPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public MailQueueStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    // Not "page": that is the route value naming the Razor page, and it wins over the query string.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The mail whose retry is being confirmed.</summary>
    [BindProperty(SupportsGet = true, Name = "retry")]
    public Guid? RetryId { get; set; }

    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? Warning { get; set; }

    public MailQueuePage Mails { get; private set; } = null!;

    public MailQueueItem? ToRetry { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // A filter that is not one (a hand-edited address) lists everything rather than failing.
        if (ModelState.GetFieldValidationState(nameof(Status)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            Status = null;
        }

        if (RetryId is { } id)
        {
            ToRetry = await mail.FindAsync(id, cancellationToken);
            if (ToRetry is null)
            {
                return NotFound();
            }
        }

        Mails = await mail.ListAsync(new MailQueueQuery(Status, Search, PageNumber, PageSize), cancellationToken);
        PageNumber = Mails.Page;
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await mail.FindAsync(id, cancellationToken);
        var outcome = await mail.RetryAsync(id, cancellationToken);
        if (found is null || outcome is null)
        {
            return NotFound();
        }

        var culture = System.Globalization.CultureInfo.CurrentCulture;
        switch (outcome)
        {
            case MailRetryOutcome.Retried:
                Notice = string.Format(culture, OperationsText.MailRetried, found.To);
                break;
            case MailRetryOutcome.InvalidAddress:
                Warning = OperationsText.MailRetryInvalidAddress;
                break;
            default:
                Warning = OperationsText.MailRetryNotFailed;
                break;
        }

        // Not RedirectToPage: "page" is the route value naming the page itself.
        return LocalRedirect(Request.Path + Link(PageNumber));
    }

    public string Link(int page, Guid? retry = null) => Query.Of(
        ("status", Status?.ToString()), ("q", Search), ("p", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("retry", retry?.ToString()));

    public static string Label(MailQueueStatus status) => status switch
    {
        MailQueueStatus.Sent => HostText.MailStatusSent,
        MailQueueStatus.Failed => HostText.MailStatusFailed,
        _ => HostText.MailStatusPending,
    };
}

/// <summary>A page's own address with its filters, for pagers and links that keep them.</summary>
internal static class Query
{
    public static string Of(params (string Name, string? Value)[] values)
    {
        var parts = values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => v.Name + "=" + Uri.EscapeDataString(v.Value!)).ToList();
        return parts.Count == 0 ? "?" : "?" + string.Join("&", parts);
    }
}
