using System.Globalization;
using System.Runtime.InteropServices;

namespace Bootcamp.Benchmarks;

/// <summary>Runs every measurement against a PostgreSQL cluster it starts itself and the real Host on Kestrel, and prints one
/// table. Each measurement is printed beside a baseline taken in the same run; nothing is asserted about timings.
/// (Not named Program: that is the Host's entry point, which WebApplicationFactory&lt;Program&gt; starts.)</summary>
internal static class BenchmarkRunner
{
    public static async Task<int> Main(string[] args)
    {
        var options = BenchOptions.Parse(args);
        if (options is null)
        {
            Console.WriteLine(BenchOptions.Usage);
            return 2;
        }

        Console.WriteLine($"Starting PostgreSQL and the Host (requests={options.Requests}, clients={options.Clients}, applicants={options.Applicants})…");
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var host = await BenchHost.StartAsync(options.Clients);
        Console.CancelKeyPress += (_, _) => host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var startup = started.Elapsed;

        // Reporting first: the demo seeders fill only an empty database (three programme years of sessions and people).
        Console.WriteLine($"Ready in {startup.TotalSeconds:F1} s at {host.BaseAddress}. 1/3 reporting (seeding the demo's three years first)…");
        var reporting = await ReportingBenchmark.RunAsync(host, options.Iterations * 2);
        var trackId = await Scenario.CreateTrackAsync(host);
        var intakeSession = await Scenario.ScheduleAsync(host, trackId, "Intake — benchmark");
        Console.WriteLine("2/3 intake…");
        var intake = await IntakeBenchmark.RunAsync(host, intakeSession, options.Requests, options.Clients, options.Warmup);
        Console.WriteLine("3/3 selection…");
        var selection = await SelectionBenchmark.RunAsync(host, trackId, options.Applicants, options.Iterations, options.Parallelism);

        var c = CultureInfo.InvariantCulture;
        string Ms(double value) => value.ToString(value < 10 ? "F2" : "F1", c);
        string Ratio(double value) => value.ToString(value < 10 ? "F2" : "F1", c) + "×";
        string Count(int value) => value.ToString("N0", c);

        Console.WriteLine();
        Console.WriteLine($"Bootcamp benchmarks — {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {RuntimeInformation.FrameworkDescription}, "
            + $"{RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, PostgreSQL {host.ServerVersion} (local cluster, same machine), "
            + $"total {started.Elapsed.TotalSeconds:F0} s");
        Console.WriteLine();
        Console.WriteLine("| # | measurement | ops | rows/s | median ms | p95 ms |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        Console.WriteLine($"| 1 | intake: POST /api/public/sessions/{{id}}/applications over HTTP (Kestrel, loopback), {options.Clients} clients | {Count(intake.Http.Count)} | {intake.Http.Throughput:F0} | {Ms(intake.Http.Median)} | {Ms(intake.Http.P95)} |");
        Console.WriteLine($"| 1′ | baseline: raw single-row INSERT (Npgsql, prepared, autocommit), {options.Clients} connections, same-shaped table | {Count(intake.Raw.Count)} | {intake.Raw.Throughput:F0} | {Ms(intake.Raw.Median)} | {Ms(intake.Raw.P95)} |");
        Console.WriteLine($"| 2a | SelectionRules.Select, {Count(options.Applicants)} in-memory candidates, score then submission | {Count(selection.RulesByScore.Count)} | | {Ms(selection.RulesByScore.Median)} | {Ms(selection.RulesByScore.P95)} |");
        Console.WriteLine($"| 2a′ | SelectionRules.Select, {Count(options.Applicants)} in-memory candidates, seeded lottery | {Count(selection.RulesByLottery.Count)} | | {Ms(selection.RulesByLottery.Median)} | {Ms(selection.RulesByLottery.P95)} |");
        Console.WriteLine($"| 2b | PreviewSelection through IMediator, {Count(options.Applicants)} eligible applications in the database | {Count(selection.Preview.Count)} | | {Ms(selection.Preview.Median)} | {Ms(selection.Preview.P95)} |");
        Console.WriteLine($"| 2c | baseline: raw SELECT id, category, score, submitted_at of those rows (Npgsql) | {Count(selection.RawRead.Count)} | | {Ms(selection.RawRead.Median)} | {Ms(selection.RawRead.P95)} |");
        Console.WriteLine($"| 3a | impact report PDF (GetImpactReport, all sessions: {reporting.Sessions} over the demo's years, {reporting.Pages} pages, {Count(reporting.PdfBytes)} bytes) | {Count(reporting.Pdf.Count)} | | {Ms(reporting.Pdf.Median)} | {Ms(reporting.Pdf.P95)} |");
        Console.WriteLine($"| 3b | the same figures without the PDF (GetReportFigures) | {Count(reporting.Figures.Count)} | | {Ms(reporting.Figures.Median)} | {Ms(reporting.Figures.P95)} |");
        Console.WriteLine($"| 3c | the module queries feeding them (sessions, applications, completion, attendance, surveys, placements through IMediator) | {Count(reporting.ModuleQueries.Count)} | | {Ms(reporting.ModuleQueries.Median)} | {Ms(reporting.ModuleQueries.P95)} |");
        Console.WriteLine($"| 3d | baseline: raw reads of the rows behind those queries ({Count((int)reporting.Rows)} rows, 15 SELECTs, Npgsql) | {Count(reporting.RawReads.Count)} | | {Ms(reporting.RawReads.Median)} | {Ms(reporting.RawReads.P95)} |");
        Console.WriteLine();
        Console.WriteLine("| ratio | value |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine($"| intake throughput: raw inserts ÷ HTTP applications (1′ ÷ 1) | {Ratio(intake.Raw.Throughput / intake.Http.Throughput)} |");
        Console.WriteLine($"| intake median latency: HTTP ÷ raw (1 ÷ 1′) | {Ratio(intake.Http.Median / intake.Raw.Median)} |");
        Console.WriteLine($"| intake p95 latency: HTTP ÷ raw (1 ÷ 1′) | {Ratio(intake.Http.P95 / intake.Raw.P95)} |");
        Console.WriteLine($"| selection median: end-to-end preview ÷ raw read (2b ÷ 2c) | {Ratio(selection.Preview.Median / selection.RawRead.Median)} |");
        Console.WriteLine($"| selection median: pure rules ÷ end-to-end preview (2a ÷ 2b) | {(selection.RulesByScore.Median / selection.Preview.Median * 100).ToString("F1", c)} % |");
        Console.WriteLine($"| report median: PDF ÷ raw reads (3a ÷ 3d) | {Ratio(reporting.Pdf.Median / reporting.RawReads.Median)} |");
        Console.WriteLine($"| report median: module queries ÷ raw reads (3c ÷ 3d) | {Ratio(reporting.ModuleQueries.Median / reporting.RawReads.Median)} |");
        Console.WriteLine($"| report median: drawing the PDF and disclosure control, share of 3a ((3a − 3c) ÷ 3a) | {((reporting.Pdf.Median - reporting.ModuleQueries.Median) / reporting.Pdf.Median * 100).ToString("F1", c)} % |");
        Console.WriteLine();
        Console.WriteLine($"Notes: {options.Warmup} warm-up operations per intake side and 2–5 warm-up runs per selection measurement are excluded. "
            + $"Each application is one request that validates, takes an advisory lock, checks for a replay, reads the session, encrypts the profile "
            + $"(~{intake.ProtectedProfileLength} chars) and writes the application, 3 consent rows, an outbox event and a queued mail in one transaction; "
            + "the baseline row is as wide (same columns and indexes, LIKE … INCLUDING ALL, profile of the same length). "
            + $"Selection set-up: {Count(options.Applicants)} Apply requests through IMediator ({options.Parallelism} in parallel) took "
            + $"{selection.Seeding.TotalSeconds:F1} s ({options.Applicants / selection.Seeding.TotalSeconds:F0}/s), the outbox drained {selection.OutboxDrain.TotalSeconds:F1} s later; "
            + $"the preview ranked {Count(selection.PreviewLines)} candidates and admitted {selection.Admitted}. "
            + $"Reporting ran first, on the demo data of a first start (the seeders took {reporting.Seeding.TotalSeconds:F1} s), the other measurements after it on the same database; 2 warm-up runs per reporting measurement. App log level: Warning.");
        return 0;
    }
}

/// <summary>Command-line options: <c>--requests N --clients C --applicants A --iterations I --warmup W --parallelism P</c>.</summary>
internal sealed record BenchOptions(int Requests, int Clients, int Applicants, int Iterations, int Warmup, int Parallelism)
{
    public const string Usage =
        "usage: dotnet run -c Release --project bench/Bootcamp.Benchmarks -- [--requests 2000] [--clients 16] [--applicants 10000] "
        + "[--iterations 10] [--warmup 200] [--parallelism 8]";

    public static BenchOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["requests"] = 2000, ["clients"] = 16, ["applicants"] = 10_000, ["iterations"] = 10, ["warmup"] = 200, ["parallelism"] = 8,
        };
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].TrimStart('-');
            if (name == "n")
            {
                name = "requests";
            }

            if (!values.ContainsKey(name) || i + 1 >= args.Length
                || !int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < 1)
            {
                return null;
            }

            values[name] = value;
            i++;
        }

        return new BenchOptions(values["requests"], values["clients"], values["applicants"], values["iterations"], values["warmup"], values["parallelism"]);
    }
}
