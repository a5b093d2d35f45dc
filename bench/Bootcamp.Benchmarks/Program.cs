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

        Console.WriteLine($"Starting PostgreSQL and the Host (requests={options.Requests}, clients={options.Clients}, applicants={options.Applicants}, waves={options.Waves})…");
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var host = await BenchHost.StartAsync(options.Clients);
        Console.CancelKeyPress += (_, _) => host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        var startup = started.Elapsed;

        var c = CultureInfo.InvariantCulture;
        if (options.FollowUpsOnly)
        {
            Console.WriteLine($"Ready in {startup.TotalSeconds:F1} s at {host.BaseAddress}. Follow-up dispatch only…");
            var only = await FollowUpBenchmark.RunAsync(host, options.Waves, options.Rounds);
            PrintHeader(host, started.Elapsed);
            PrintFollowUps(only, c);
            return 0;
        }

        // Reporting first: the demo seeders fill only an empty database (three programme years of sessions and people).
        Console.WriteLine($"Ready in {startup.TotalSeconds:F1} s at {host.BaseAddress}. 1/4 reporting (seeding the demo's three years first)…");
        var reporting = await ReportingBenchmark.RunAsync(host, options.Iterations * 2);
        var trackId = await Scenario.CreateTrackAsync(host);
        var intakeSession = await Scenario.ScheduleAsync(host, trackId, "Intake — benchmark");
        Console.WriteLine("2/4 intake…");
        var intake = await IntakeBenchmark.RunAsync(host, intakeSession, options.Requests, options.Clients, options.Warmup);
        Console.WriteLine("3/4 selection…");
        var selection = await SelectionBenchmark.RunAsync(host, trackId, options.Applicants, options.Iterations, options.Parallelism);
        Console.WriteLine("4/4 follow-up dispatch…");
        var followUps = await FollowUpBenchmark.RunAsync(host, options.Waves, options.Rounds);

        string Ms(double value) => value.ToString(value < 10 ? "F2" : "F1", c);
        string Ratio(double value) => value.ToString(value < 10 ? "F2" : "F1", c) + "×";
        string Count(int value) => value.ToString("N0", c);

        PrintHeader(host, started.Elapsed);
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
        PrintFollowUpRows(followUps, c);
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
        PrintFollowUpRatios(followUps, c);
        Console.WriteLine();
        Console.WriteLine($"Notes: {options.Warmup} warm-up operations per intake side and 2–5 warm-up runs per selection measurement are excluded. "
            + $"Each application is one request that validates, takes an advisory lock, checks for a replay, reads the session, encrypts the profile "
            + $"(~{intake.ProtectedProfileLength} chars) and writes the application, 3 consent rows, an outbox event and a queued mail in one transaction; "
            + "the baseline row is as wide (same columns and indexes, LIKE … INCLUDING ALL, profile of the same length). "
            + $"Selection set-up: {Count(options.Applicants)} Apply requests through IMediator ({options.Parallelism} in parallel) took "
            + $"{selection.Seeding.TotalSeconds:F1} s ({options.Applicants / selection.Seeding.TotalSeconds:F0}/s), the outbox drained {selection.OutboxDrain.TotalSeconds:F1} s later; "
            + $"the preview ranked {Count(selection.PreviewLines)} candidates and admitted {selection.Admitted}. "
            + $"Reporting ran first, on the demo data of a first start (the seeders took {reporting.Seeding.TotalSeconds:F1} s), the other measurements after it on the same database; 2 warm-up runs per reporting measurement. App log level: Warning.");
        Console.WriteLine(FollowUpNote(followUps, c));
        return 0;
    }

    private static void PrintHeader(BenchHost host, TimeSpan total)
    {
        Console.WriteLine();
        Console.WriteLine($"Bootcamp benchmarks — {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {RuntimeInformation.FrameworkDescription}, "
            + $"{RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, PostgreSQL {host.ServerVersion} (local cluster, same machine), "
            + $"total {total.TotalSeconds:F0} s");
        Console.WriteLine();
    }

    private static void PrintFollowUps(FollowUpBenchmark.Result result, CultureInfo c)
    {
        Console.WriteLine("| # | measurement | rounds | waves/s | median ms | p95 ms |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        PrintFollowUpRows(result, c);
        Console.WriteLine();
        Console.WriteLine("| ratio | value |");
        Console.WriteLine("|---|---:|");
        PrintFollowUpRatios(result, c);
        Console.WriteLine();
        Console.WriteLine(FollowUpNote(result, c));
    }

    private static void PrintFollowUpRows(FollowUpBenchmark.Result r, CultureInfo c)
    {
        string Ms(double value) => value.ToString(value < 10 ? "F2" : "F1", c);
        string Rate(Samples s) => r.WavesPerSecond(s).ToString("F0", c);
        var n = r.Waves.ToString("N0", c);
        Console.WriteLine($"| 4a | follow-up dispatch: {n} due waves through DispatchDueFollowUps passes (IMediator) until none is due | {r.Dispatch.Count} | {Rate(r.Dispatch)} | {Ms(r.Dispatch.Median)} | {Ms(r.Dispatch.P95)} |");
        Console.WriteLine($"| 4b | the same through the recurring dispatch job, triggered now on the durable scheduler, until the last mail is committed | {r.Job.Count} | {Rate(r.Job)} | {Ms(r.Job.Median)} | {Ms(r.Job.P95)} |");
        Console.WriteLine($"| 4′ | baseline: {n} dispatch + {n} mail rows by prepared INSERTs (Npgsql), 50 waves per transaction, same-shaped tables | {r.Raw.Count} | {Rate(r.Raw)} | {Ms(r.Raw.Median)} | {Ms(r.Raw.P95)} |");
    }

    private static void PrintFollowUpRatios(FollowUpBenchmark.Result r, CultureInfo c)
    {
        Console.WriteLine($"| follow-up throughput: raw inserts ÷ dispatch passes (4′ ÷ 4a) | {(r.WavesPerSecond(r.Raw) / r.WavesPerSecond(r.Dispatch)).ToString("F2", c)}× |");
        Console.WriteLine($"| follow-up throughput: dispatch passes ÷ the job (4a ÷ 4b) | {(r.WavesPerSecond(r.Dispatch) / r.WavesPerSecond(r.Job)).ToString("F2", c)}× |");
    }

    private static string FollowUpNote(FollowUpBenchmark.Result r, CultureInfo c) =>
        $"Follow-ups: waves/s is {r.Waves.ToString("N0", c)} ÷ the median round; each round dispatches fresh completers' first waves (one warm-up round of up to 100 first). "
        + $"A pass claims up to 50 waves FOR UPDATE SKIP LOCKED, asks Applications for consent, and writes the dispatch row, a link and the mail per wave in one transaction. "
        + $"Seeding the completers (consent rows, then Placements' SessionCompleted handler) took {r.Seeding.TotalSeconds.ToString("F1", c)} s in all and is not timed.";
}

/// <summary>Command-line options: <c>--requests N --clients C --applicants A --iterations I --warmup W --parallelism P
/// --waves F --rounds R [--follow-ups-only]</c>.</summary>
internal sealed record BenchOptions(
    int Requests, int Clients, int Applicants, int Iterations, int Warmup, int Parallelism, int Waves, int Rounds, bool FollowUpsOnly)
{
    public const string Usage =
        "usage: dotnet run -c Release --project bench/Bootcamp.Benchmarks -- [--requests 2000] [--clients 16] [--applicants 10000] "
        + "[--iterations 10] [--warmup 200] [--parallelism 8] [--waves 1000] [--rounds 3] [--follow-ups-only]";

    public static BenchOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["requests"] = 2000, ["clients"] = 16, ["applicants"] = 10_000, ["iterations"] = 10, ["warmup"] = 200, ["parallelism"] = 8,
            ["waves"] = 1000, ["rounds"] = 3,
        };
        var followUpsOnly = false;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].TrimStart('-');
            if (name == "follow-ups-only")
            {
                followUpsOnly = true;
                continue;
            }

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

        return new BenchOptions(values["requests"], values["clients"], values["applicants"], values["iterations"], values["warmup"], values["parallelism"],
            values["waves"], values["rounds"], followUpsOnly);
    }
}
