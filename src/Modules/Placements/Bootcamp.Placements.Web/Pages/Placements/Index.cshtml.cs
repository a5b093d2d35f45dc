using Bootcamp.Placements.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Placements.Web.Pages.Placements;

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

    /// <summary>The session's current placements by participant.</summary>
    public IReadOnlyDictionary<Guid, PlacementDto> Current { get; private set; } = new Dictionary<Guid, PlacementDto>();

    [BindProperty]
    public Guid PlacementId { get; set; }

    [BindProperty]
    public Guid ParticipantId { get; set; }

    [BindProperty]
    public bool? AuthorisedToWork { get; set; }

    public IEnumerable<int> Years => Display.Years(clock, throughNextYear: false);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = Display.Today(clock);
        Sessions = [.. (await mediator.Send(new GetSessions(1, 100), cancellationToken)).Items.Where(s => s.EndDate < today)];
        Dashboard = await mediator.Send(new GetPlacementDashboard(Year, Session), cancellationToken);
        if (Session is { } sessionId)
        {
            People = await mediator.Send(new GetFollowUpWaves(sessionId), cancellationToken);
            var placements = await mediator.Send(new GetPlacements(new PlacementFilter(null, sessionId, null, null, CurrentOnly: true), 1, Paging.MaxPageSize), cancellationToken);
            Current = placements.Items.ToDictionary(p => p.ParticipantId);
        }
    }

    /// <summary>The director confirms a self-reported placement.</summary>
    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(new VerifyPlacement(PlacementId, SignedInUser.Id(User)), cancellationToken);
        return Redirect($"/Placements?session={Session}");
    }

    /// <summary>Whether the person may work in Canada: those who may not are counted apart from the employment rate.</summary>
    public async Task<IActionResult> OnPostAuthorisationAsync(CancellationToken cancellationToken)
    {
        try
        {
            await mediator.Send(new SetWorkAuthorisation(ParticipantId, AuthorisedToWork), cancellationToken);
        }
        catch (ConflictException conflict)
        {
            ModelState.AddModelError("", conflict.Message);
            await OnGetAsync(cancellationToken);
            var page = Page();
            page.StatusCode = StatusCodes.Status409Conflict;
            return page;
        }

        return Redirect($"/Placements?session={Session}");
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var csv = await mediator.Send(new ExportPlacementsCsv(Year, Session), cancellationToken);
        return File(csv.Content, "text/csv; charset=utf-8", csv.FileName);
    }
}
