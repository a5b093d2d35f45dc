using Bootcamp.Privacy.Contracts;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Privacy.Web.Pages.Admin.Privacy;

/// <summary>The register of access and erasure requests, the most urgent first, with each one's 30-day deadline.</summary>
internal sealed class IndexModel(IMediator mediator, TimeProvider clock) : BootcampPageModel
{
    [BindProperty(SupportsGet = true, Name = "state")]
    public PrivacyRequestState? State { get; set; } = PrivacyRequestState.Open;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<PrivacyRequestDto> Requests { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = ProgrammeTime.Today(clock);
        Requests = await mediator.Send(new GetPrivacyRequests(State, PageNumber), cancellationToken);
        Names = await mediator.Send(new GetTeamMemberNames(
            [.. Requests.Items.SelectMany(r => new[] { r.ReceivedBy, r.DoneBy }).OfType<Guid>().Distinct()]), cancellationToken);
    }

    public string PageLink(int page) => $"/Admin/Privacy?state={State}&p={page}";

    public string Who(Guid? id) => id is { } g && Names.TryGetValue(g, out var name) ? name : "—";
}
