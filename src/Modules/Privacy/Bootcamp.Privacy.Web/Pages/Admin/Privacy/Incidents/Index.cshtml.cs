using System.Globalization;
using System.Text;
using Bootcamp.Privacy.Contracts;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Csv;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Privacy.Web.Pages.Admin.Privacy.Incidents;

/// <summary>The register of confidentiality incidents Law 25 requires every organisation to keep (s. 3.8), open ones
/// first, and its CSV for the Commission when it asks for it.</summary>
internal sealed class IndexModel(IMediator mediator, TimeProvider clock) : BootcampPageModel
{
    [BindProperty(SupportsGet = true, Name = "state")]
    public IncidentState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public PagedResult<IncidentDto> Incidents { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Incidents = await mediator.Send(new GetIncidents(State, PageNumber), cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var all = await mediator.Send(new GetAllIncidents(), cancellationToken);
        var names = await mediator.Send(new GetTeamMemberNames(
            [.. all.SelectMany(i => new[] { (Guid?)i.RecordedBy, i.ClosedBy }).OfType<Guid>().Distinct()]), cancellationToken);
        var csv = new StringBuilder();
        CsvRows.Row(csv, ["number", "summary", "data_concerned", "occurred_on", "discovered_on", "people_concerned", "risk",
            "risk_assessment", "commission_notified_on", "people_notified_on", "measures", "recorded_at", "recorded_by", "closed_on", "closed_by"]);
        foreach (var i in all)
        {
            var d = i.Details;
            CsvRows.Row(csv, [
                i.Number.ToString(CultureInfo.InvariantCulture), d.Summary, d.DataConcerned, Day(d.OccurredOn), Day(d.DiscoveredOn),
                d.PeopleConcerned?.ToString(CultureInfo.InvariantCulture), PrivacyLabels.Risk(d.Risk), d.RiskAssessment,
                Day(d.CommissionNotifiedOn), Day(d.PeopleNotifiedOn), d.Measures,
                i.RecordedAt.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture), names.GetValueOrDefault(i.RecordedBy),
                Day(i.ClosedOn), i.ClosedBy is { } by ? names.GetValueOrDefault(by) : null]);
        }

        Response.Headers.CacheControl = "no-store";
        return File(CsvRows.Encode(csv), "text/csv; charset=utf-8", $"incidents-{clock.GetUtcNow():yyyyMMdd}.csv");
    }

    public string PageLink(int page) => $"/Admin/Privacy/Incidents?state={State}&p={page}";

    public string? Notice => Done switch
    {
        "recorded" => PrivacyText.IncidentRecorded,
        "saved" => PrivacyText.IncidentSaved,
        "closed" => PrivacyText.IncidentClosedNotice,
        _ => null,
    };

    /// <summary>The first words of the summary: the list stays one screen tall.</summary>
    public static string Excerpt(string? text) =>
        text is null ? "" : text.Length <= 90 ? text : string.Concat(text.AsSpan(0, 89).TrimEnd(), "…");

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
