using Bootcamp.Identity;
using Bootcamp.Identity.Team;
using Bootcamp.Shared.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Host.Pages.Staff.Team;

/// <summary>The people who run the programme: who holds which role, who has not accepted an invitation, who left.</summary>
internal sealed class IndexModel(TeamDirectory directory) : BootcampPageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public AccountStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public PagedResult<TeamAccountRow> Accounts { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Search = Search is { Length: > 200 } ? Search[..200] : Search;
        Role = Roles.All.Contains(Role) ? Role : null;
        Accounts = await directory.SearchAsync(new TeamSearch(Search, Role, Status, PageNumber), cancellationToken);
    }

    public string PageLink(int page) =>
        $"/Staff/Team?q={Uri.EscapeDataString(Search ?? "")}&role={Role}&status={Status}&page={page}";
}
