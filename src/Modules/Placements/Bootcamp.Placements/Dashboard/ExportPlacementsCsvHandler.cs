using System.Globalization;
using System.Text;
using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Figures;
using Bootcamp.Placements.Persistence;
using Bootcamp.Placements.Recording;
using Bootcamp.Shared.Csv;
using CsvHelper;
using MediatR;

namespace Bootcamp.Placements.Dashboard;

/// <summary>One line per followed-up person with their current placement (or their outcome without one). No e-mail:
/// the export leaves the system, so it carries what the director reports on and nothing to contact people with.</summary>
internal sealed class ExportPlacementsCsvHandler(PlacementsDbContext db, IMediator mediator) : IRequestHandler<ExportPlacementsCsv, PlacementsCsvDto>
{
    private static readonly string[] Header =
    [
        "session_id", "session_end", "first_name", "last_name", "authorised_to_work", "outcome", "employer", "job_title",
        "start_date", "days_to_job", "time_to_job", "in_tech_field", "employment_type", "salary_band", "source", "verified",
    ];

    public async Task<PlacementsCsvDto> Handle(ExportPlacementsCsv request, CancellationToken cancellationToken)
    {
        var scope = await PlacementScope.SessionIdsAsync(mediator, request.Year, request.SessionId, cancellationToken);
        var facts = await PlacementFacts.ForAsync(db, scope, cancellationToken);
        var text = new StringBuilder();
        await using (var writer = new StringWriter(text, CultureInfo.InvariantCulture))
        await using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var cell in Header)
            {
                csv.WriteField(cell);
            }

            await csv.NextRecordAsync();
            foreach (var f in facts)
            {
                var p = f.Current;
                string?[] cells =
                [
                    f.Person.SessionId.ToString(), Date(f.Person.SessionEndDate), f.Person.FirstName, f.Person.LastName,
                    f.Person.AuthorisedToWork switch { true => "yes", false => "no", null => "" }, f.Outcome.ToString(),
                    p?.Employer, p?.JobTitle, p is null ? null : Date(p.StartDate),
                    p is null ? null : TimeToJob.Days(f.Person.SessionEndDate, p.StartDate).ToString(CultureInfo.InvariantCulture),
                    p is null ? null : TimeToJob.Bucket(f.Person.SessionEndDate, p.StartDate).ToString(),
                    p is null ? null : p.InTechField ? "yes" : "no", p?.EmploymentType.ToString(), p?.SalaryBand?.ToString(),
                    p?.Source.ToString(), p is null ? null : p.VerifiedAt is null ? "no" : "yes",
                ];
                foreach (var cell in cells)
                {
                    csv.WriteField(SpreadsheetSafe.Cell(cell));
                }

                await csv.NextRecordAsync();
            }
        }

        var name = request.SessionId is { } s ? $"placements-{s:N}.csv" : request.Year is { } y ? $"placements-{y}.csv" : "placements.csv";
        return new PlacementsCsvDto(name, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())]);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
