using Bootcamp.Placements.Contracts;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Placements.Web.Pages.Placements;

/// <summary>People who left a session because they found a job: the placement director's first leads.</summary>
internal sealed class LeadsModel(IMediator mediator) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<PlacementLeadDto> Leads { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Sessions { get; private set; } = new Dictionary<Guid, string>();

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await mediator.Send(new GetPlacementLeads(), cancellationToken);
        Total = all.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Leads = [.. all.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        Sessions = await mediator.Send(new GetSessionTitles([.. Leads.Select(l => l.SessionId)]), cancellationToken);
    }
}
