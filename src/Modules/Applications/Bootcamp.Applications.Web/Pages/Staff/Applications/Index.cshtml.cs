using Bootcamp.Applications.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Applications.Web.Pages.Staff.Applications;

internal sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "session")]
    public Guid? SessionId { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public ApplicationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public ApplicantCategory? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public ScreeningState? Screening { get; set; }

    public IReadOnlyList<SessionSummaryDto> Sessions { get; private set; } = [];

    public ApplicationListDto? List { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Sessions = (await mediator.Send(new GetSessions(1, Paging.MaxPageSize), cancellationToken)).Items;
        SessionId ??= Sessions.Count > 0 ? Sessions[0].Id : null;
        if (SessionId is { } id)
        {
            List = await mediator.Send(new GetApplications(id, Status, Category, Screening, PageNumber, Paging.DefaultPageSize), cancellationToken);
        }

        return Page();
    }

    /// <summary>The CSV download: no sensitive field, formula-safe, recorded in the audit trail.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (SessionId is not { } id)
        {
            return NotFound();
        }

        var file = await mediator.Send(new ExportApplicationsCsv(id, SignedInUser.Id(User)), cancellationToken);
        return File(file.Content, CsvFile.ContentType, file.FileName);
    }

    /// <summary>The same list on another page, keeping the session and filters.</summary>
    public string PageLink(int page) =>
        $"?session={SessionId}&status={Status}&category={Category}&screening={Screening}&page={page}";
}
