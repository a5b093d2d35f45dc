using System.Diagnostics;
using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Selecting;

namespace Bootcamp.Benchmarks;

/// <summary>Measurement 2: selection over many applicants — the pure rules in memory, the end-to-end preview through
/// IMediator on that many eligible applications in the database, and the raw read of those rows as the baseline.</summary>
internal static class SelectionBenchmark
{
    public sealed record Result(
        Samples RulesByScore, Samples RulesByLottery, Samples Preview, Samples RawRead, TimeSpan Seeding, TimeSpan OutboxDrain, int PreviewLines, int Admitted);

    public static async Task<Result> RunAsync(BenchHost host, Guid trackId, int applicants, int iterations, int parallelism)
    {
        // (a) the pure rules on in-memory candidates, 70 % newcomers, scores 0-100 spread by a multiplicative hash, submissions a minute apart.
        var candidates = Enumerable.Range(0, applicants)
            .Select(i => new Candidate(
                Guid.CreateVersion7(), i % 10 < 7 ? ApplicantCategory.Newcomer : ApplicantCategory.EstablishedResident,
                (int)(unchecked((uint)i * 2654435761u) % 101), BenchHost.Now.AddMinutes(-applicants + i)))
            .ToList();
        var plan = SeatPlan.For(25, 70);
        var none = new Dictionary<ApplicantCategory, int>();
        var byScore = Measure.Sequential(5, iterations * 3, () => SelectionRules.Select(plan, none, candidates, RankingRule.ScoreThenSubmission, null, false));
        var byLottery = Measure.Sequential(5, iterations * 3, () => SelectionRules.Select(plan, none, candidates, RankingRule.SeededLottery, "bench-seed", false));

        // (b) a session with that many applications, submitted through the app's own Apply request in parallel, then
        // all screened eligible with one UPDATE (scores spread 0-100).
        var sessionId = await Scenario.ScheduleAsync(host, trackId, "Sélection — benchmark");
        var seeding = Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, applicants),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (i, _) => await Scenario.SendAsync(host, new Apply(sessionId, Scenario.Profile("selection", i), Scenario.Consents, $"selection-{i}")));
        seeding.Stop();

        // Wait for the outbox to publish the ApplicationSubmitted events, so no background work overlaps the timings.
        var drain = Stopwatch.StartNew();
        while (await host.ScalarAsync<long>("SELECT count(*) FROM applications.outbox_messages WHERE processed_at IS NULL AND failed_at IS NULL") > 0)
        {
            if (drain.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException("The applications outbox did not drain within two minutes.");
            }

            await Task.Delay(100);
        }

        drain.Stop();
        await host.ExecuteAsync(
            "UPDATE applications.applications SET screening = 'Eligible', score = abs(hashtext(email)) % 101 WHERE session_id = $1", sessionId);
        await host.ExecuteAsync("VACUUM ANALYZE applications.applications");

        SelectionPreviewDto? last = null;
        var preview = await Measure.SequentialAsync(2, iterations, async () => last = await Scenario.SendAsync(host, new PreviewSelection(sessionId)));

        // (c) the baseline: the rows selection needs, read with one query.
        var rows = 0;
        var raw = await Measure.SequentialAsync(2, iterations, async () =>
        {
            await using var command = host.DataSource.CreateCommand(
                "SELECT id, category, score, submitted_at FROM applications.applications WHERE session_id = $1 AND screening = 'Eligible'");
            command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = sessionId });
            await using var reader = await command.ExecuteReaderAsync();
            var read = new List<(Guid, string, int?, DateTimeOffset)>(applicants);
            while (await reader.ReadAsync())
            {
                read.Add((reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.GetFieldValue<DateTimeOffset>(3)));
            }

            rows = read.Count;
        });

        if (last is null || last.Lines.Count != applicants || rows != applicants)
        {
            throw new InvalidOperationException($"Expected {applicants} candidates; the preview had {last?.Lines.Count}, the raw read {rows}.");
        }

        return new Result(byScore, byLottery, preview, raw, seeding.Elapsed, drain.Elapsed, last.Lines.Count, last.Lines.Count(l => l.Admitted));
    }
}
