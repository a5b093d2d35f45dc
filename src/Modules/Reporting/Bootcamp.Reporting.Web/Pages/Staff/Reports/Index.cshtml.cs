using System.Globalization;
using Bootcamp.Reporting.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Reporting.Web.Pages.Staff.Reports;

/// <summary>The impact report's figures on screen, by year, track or session, through the same disclosure control as the
/// sponsors' PDF (staff may forward what they see), with CSV and PDF downloads.</summary>
internal sealed class IndexModel(IMediator mediator, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Track { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Session { get; set; }

    public ReportFiguresDto Figures { get; private set; } = null!;

    public IReadOnlyList<TrackDto> Tracks { get; private set; } = [];

    public IReadOnlyList<SessionSummaryDto> Sessions { get; private set; } = [];

    public IEnumerable<int> Years => Display.Years(clock, throughNextYear: true);

    public string Query => $"year={Year}&track={Track}&session={Session}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Tracks = await mediator.Send(new GetTracks(IncludeInactive: true), cancellationToken);
        Sessions = (await mediator.Send(new GetSessions(1, Paging.MaxPageSize, Year, Track), cancellationToken)).Items;
        Figures = await mediator.Send(new GetReportFigures(Year, Track, Session), cancellationToken);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var csv = await mediator.Send(new ExportReportCsv(Year, Track, Session, CultureInfo.CurrentUICulture.Name), cancellationToken);
        return File(csv.Content, csv.ContentType, csv.FileName);
    }

    /// <summary>The PDF of a session, or of a year, or of everything, as the programme's own report.</summary>
    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        var scope = Session is not null ? ReportScope.Session : Year is not null ? ReportScope.Year : ReportScope.AllFunded;
        var pdf = await mediator.Send(new GetImpactReport(scope, null, Session, Year, CultureInfo.CurrentUICulture.Name), cancellationToken);
        return File(pdf.Content, pdf.ContentType, pdf.FileName);
    }

    public string Count(ReportCount count) => count.Format(Figures.Threshold, CultureInfo.CurrentCulture);

    public static string Number(decimal? value) => value is { } v ? v.ToString("0.0", CultureInfo.CurrentCulture) : "—";
}
