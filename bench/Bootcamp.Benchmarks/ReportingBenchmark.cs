using System.Diagnostics;
using Bootcamp.Reporting.Contracts;
using Bootcamp.Reporting.Figures;
using Bootcamp.Shared.DemoData;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Benchmarks;

/// <summary>Measurement 3: the impact report over the demo's three programme years — the PDF end to end, the figures
/// without the PDF, the module queries that feed them (through IMediator, as the report sends them), and as the baseline
/// the raw reads of the rows behind those queries.</summary>
internal static class ReportingBenchmark
{
    public sealed record Result(
        Samples Pdf, Samples Figures, Samples ModuleQueries, Samples RawReads, TimeSpan Seeding, int Sessions, int Pages, long Rows, int PdfBytes);

    /// <summary>Tables the report's figures come from; applications are counted per session and category, as Applications does.</summary>
    private static readonly string[] RawQueries =
    [
        "SELECT id, track_id, title, start_date, end_date, capacity FROM sessions.sessions",
        "SELECT * FROM sessions.tracks",
        "SELECT session_id, category, count(*) FROM applications.applications GROUP BY session_id, category",
        "SELECT * FROM applications.consents",
        "SELECT * FROM sessions.participants",
        "SELECT * FROM sessions.completions",
        "SELECT * FROM attendance.class_meetings",
        "SELECT * FROM attendance.attendance_marks",
        "SELECT * FROM attendance.milestone_progress",
        "SELECT * FROM surveys.participants",
        "SELECT * FROM surveys.invitations",
        "SELECT * FROM surveys.answers",
        "SELECT * FROM placements.follow_up_people",
        "SELECT * FROM placements.follow_up_waves",
        "SELECT * FROM placements.placements",
    ];

    public static async Task<Result> RunAsync(BenchHost host, int iterations)
    {
        // The demo data of a first start: three programme years of sessions, applicants, attendance, surveys and follow-ups.
        var seeding = Stopwatch.StartNew();
        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataRunner>().RunAsync();
        }

        seeding.Stop();
        await host.ExecuteAsync("VACUUM ANALYZE");

        ReportFileDto? pdf = null;
        var pdfSamples = await Measure.SequentialAsync(2, iterations, async () =>
            pdf = await Scenario.SendAsync(host, new GetImpactReport(ReportScope.AllFunded, null, null, null, "fr-CA")));
        ReportFiguresDto? figures = null;
        var figureSamples = await Measure.SequentialAsync(2, iterations, async () =>
            figures = await Scenario.SendAsync(host, new GetReportFigures(null, null, null, "fr-CA")));
        var moduleSamples = await Measure.SequentialAsync(2, iterations, async () =>
        {
            await using var scope = host.App.Services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<MediatR.IMediator>();
            var sessions = await Funding.AllSessionsAsync(mediator, null, null, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<FiguresSource>().GatherAsync(sessions, true, CancellationToken.None);
        });

        long rows = 0;
        var rawSamples = await Measure.SequentialAsync(2, iterations, async () =>
        {
            long read = 0;
            foreach (var sql in RawQueries)
            {
                await using var command = host.DataSource.CreateCommand(sql);
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    read++;
                }
            }

            rows = read;
        });

        if (pdf is null || figures is null || figures.Sessions.Count == 0)
        {
            throw new InvalidOperationException("The demo data gave the report no session.");
        }

        var pages = System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf.Content), @"/Type\s*/Page[^s]");
        return new Result(pdfSamples, figureSamples, moduleSamples, rawSamples, seeding.Elapsed, figures.Sessions.Count, pages, rows, pdf.Content.Length);
    }
}
