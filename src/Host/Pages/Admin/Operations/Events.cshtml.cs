using Bootcamp.Shared.Outbox;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Host.Pages.Admin.Operations;

/// <summary>
/// Every module's events that need a look: failed (out of attempts), stuck (due long ago, nothing dispatches them) or
/// being retried, with their error; and the retry of a failed one. Types and ids only: a payload can carry personal data.
/// </summary>
internal sealed class EventsModel(OutboxOperations outbox) : BootcampPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Module { get; set; }

    [BindProperty(SupportsGet = true)]
    public OutboxState? State { get; set; }

    // Not "page": that is the route value naming the Razor page, and it wins over the query string.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "retry")]
    public Guid? RetryId { get; set; }

    [BindProperty(SupportsGet = true, Name = "retryModule")]
    public string? RetryModule { get; set; }

    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? Warning { get; set; }

    public IReadOnlyList<string> Modules => outbox.Modules;

    public OutboxPage Events { get; private set; } = null!;

    public OutboxItem? ToRetry { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // A filter that is not one (a hand-edited address) lists everything rather than failing.
        if (ModelState.GetFieldValidationState(nameof(State)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            State = null;
        }

        if (Module is not null && !Modules.Contains(Module, StringComparer.OrdinalIgnoreCase))
        {
            Module = null;
        }

        if (RetryId is { } id)
        {
            ToRetry = RetryModule is null ? null : await outbox.FindAsync(RetryModule, id, cancellationToken);
            if (ToRetry is null)
            {
                return NotFound();
            }
        }

        Events = await outbox.ListAsync(new OutboxQuery(Module, State, PageNumber, PageSize), cancellationToken);
        PageNumber = Events.Page;
        return Page();
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, string? eventModule, CancellationToken cancellationToken)
    {
        var outcome = eventModule is null ? null : await outbox.RetryAsync(eventModule, id, cancellationToken);
        switch (outcome)
        {
            case null:
                return NotFound();
            case OutboxRetryOutcome.Retried:
                Notice = OperationsText.EventRetried;
                break;
            default:
                Warning = OperationsText.EventRetryNotFailed;
                break;
        }

        // Not RedirectToPage: "page" is the route value naming the page itself.
        return LocalRedirect(Request.Path + Link(PageNumber));
    }

    public string Link(int page, OutboxItem? retry = null) => Query.Of(
        ("module", Module), ("state", State?.ToString()), ("p", page == 1 ? null : page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("retry", retry?.Id.ToString()), ("retryModule", retry?.Module));

    public static string Label(OutboxState state) => state switch
    {
        OutboxState.Failed => OperationsText.StateFailed,
        OutboxState.Stuck => OperationsText.StateStuck,
        _ => OperationsText.StateRetrying,
    };

    /// <summary>The event's own name; its namespace says only which contracts declare it.</summary>
    public static string ShortType(string type) => type[(type.LastIndexOf('.') + 1)..];
}
