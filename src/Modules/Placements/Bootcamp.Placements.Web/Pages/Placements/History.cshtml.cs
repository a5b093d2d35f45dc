using Bootcamp.Placements.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Placements.Web.Pages.Placements;

/// <summary>Every placement recorded, the whole history or each person's current one, with filters and pages: where the
/// director checks what the dashboard's figures are made of and verifies self-reported jobs.</summary>
internal sealed class HistoryModel(IMediator mediator, TimeProvider clock) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Session { get; set; }

    [BindProperty(SupportsGet = true)]
    public OutcomeCode? Outcome { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Verified { get; set; }

    /// <summary>"all" shows every job of each person; anything else their current one only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public Guid PlacementId { get; set; }

    public PagedResult<PlacementDto> Placements { get; private set; } = null!;

    public IReadOnlyList<SessionSummaryDto> Sessions { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> SessionTitles { get; private set; } = new Dictionary<Guid, string>();

    public bool WholeHistory => Show == "all";

    public int PageCount => Placements.PageCount;

    public IEnumerable<int> Years => Display.Years(clock, throughNextYear: false);

    /// <summary>The current filters as a query string, for the pager and the redirect after verifying.</summary>
    public string Query(int? page = null) =>
        $"year={Year}&session={Session}&outcome={Outcome}&verified={Verified?.ToString().ToLowerInvariant()}&show={Show}&page={page ?? PageNumber}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = Display.Today(clock);
        Sessions = [.. (await mediator.Send(new GetSessions(1, 100), cancellationToken)).Items.Where(s => s.StartDate <= today)];
        var filter = new PlacementFilter(Year, Session, Outcome, Verified, CurrentOnly: !WholeHistory);
        Placements = await mediator.Send(new GetPlacements(filter, Math.Max(1, PageNumber), PageSize), cancellationToken);
        if (Placements.Items.Count == 0 && Placements.Total > 0)
        {
            PageNumber = PageCount;
            Placements = await mediator.Send(new GetPlacements(filter, PageNumber, PageSize), cancellationToken);
        }

        SessionTitles = await mediator.Send(new GetSessionTitles([.. Placements.Items.Select(p => p.SessionId)]), cancellationToken);
    }

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new VerifyPlacement(PlacementId, SignedInUser.Id(User)), cancellationToken);
        return Redirect("/Placements/History?" + Query());
    }
}
