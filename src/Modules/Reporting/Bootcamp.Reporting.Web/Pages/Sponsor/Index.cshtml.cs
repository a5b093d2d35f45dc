using Bootcamp.Identity;
using Bootcamp.Reporting.Contracts;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Reporting.Web.Pages.Sponsor;

/// <summary>The sponsor portal: what the sponsor funded, its key placement figures, and its impact reports as PDF in French or English. The sponsor is
/// the signed-in user's, never a parameter: a sponsor cannot ask for another's report.</summary>
internal sealed class IndexModel(IMediator mediator, UserManager<BootcampUser> users) : PageModel
{
    public SponsorFundingDto? Funding { get; private set; }

    /// <summary>The key figures of everything funded, those of the "everything funded" PDF; null when nothing is.</summary>
    public ReportFiguresDto? Figures { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await SponsorIdAsync() is { } sponsorId)
        {
            Funding = await mediator.Send(new GetSponsorFunding(sponsorId), cancellationToken);
            if (Funding.Sessions.Count > 0)
            {
                Figures = await mediator.Send(new GetSponsorReportFigures(sponsorId), cancellationToken);
            }
        }
    }

    public async Task<IActionResult> OnGetReportAsync(ReportScope scope, Guid? session, int? year, string? lang, CancellationToken cancellationToken)
    {
        if (await SponsorIdAsync() is not { } sponsorId)
        {
            return NotFound();
        }

        var report = await mediator.Send(new GetImpactReport(scope, sponsorId, session, year, lang ?? "fr-CA"), cancellationToken);
        return File(report.Content, report.ContentType, report.FileName);
    }

    private async Task<Guid?> SponsorIdAsync() => (await users.GetUserAsync(User))?.SponsorId;
}
