using Bootcamp.Host.Infrastructure;
using Bootcamp.Placements.Contracts;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Host.Pages.Placements;

/// <summary>The placement director's dashboard: placed and in-field rates, time to job in the seed's buckets, response
/// per follow-up wave and who to chase, per session or year, with a CSV export.</summary>
internal sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Session { get; set; }

    public PlacementDashboardDto Dashboard { get; private set; } = null!;

    /// <summary>Ended sessions, newest first: the ones with completers to follow.</summary>
    public IReadOnlyList<SessionSummaryDto> Sessions { get; private set; } = [];

    public IReadOnlyList<FollowUpWaveDto> People { get; private set; } = [];

    public IEnumerable<int> Years => Enumerable.Range(2020, clock.GetUtcNow().Year - 2020 + 1).Reverse();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = Display.Today(clock);
        Sessions = [.. (await mediator.Send(new GetSessions(1, 100), cancellationToken)).Items.Where(s => s.EndDate < today)];
        Dashboard = await mediator.Send(new GetPlacementDashboard(Year, Session), cancellationToken);
        if (Session is { } sessionId)
        {
            People = await mediator.Send(new GetFollowUpWaves(sessionId), cancellationToken);
        }
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var csv = await mediator.Send(new ExportPlacementsCsv(Year, Session), cancellationToken);
        return File(csv.Content, "text/csv; charset=utf-8", csv.FileName);
    }
}
