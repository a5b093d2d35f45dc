using System.Diagnostics;
using Bootcamp.Placements.Dispatch;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Bootcamp.Benchmarks;

/// <summary>Measurement 4: dispatching due follow-up waves — the real DispatchDueFollowUps passes through IMediator (claim,
/// consent, link, mail, in transactions of the module's batch size) until nothing is due, the same through the recurring
/// job as the scheduler runs it, and as the baseline the mail and dispatch rows inserted by hand-written Npgsql in
/// transactions of the same size.</summary>
internal static class FollowUpBenchmark
{
    private const string RawMails = "bench.follow_up_mails_raw";
    private const string RawDispatches = "bench.follow_up_dispatches_raw";
    private const int BatchSize = 50; // Placements:FollowUp:BatchSize's default, which the benchmark host keeps

    /// <summary>The benchmark clock's day, one month after this end date: every completer's first wave is due.</summary>
    private static readonly DateOnly EndDate = DateOnly.FromDateTime(BenchHost.Now.UtcDateTime).AddMonths(-1);

    public sealed record Result(Samples Dispatch, Samples Job, Samples Raw, int Waves, TimeSpan Seeding)
    {
        public double WavesPerSecond(Samples samples) => Waves / (samples.Median / 1000);
    }

    public static async Task<Result> RunAsync(BenchHost host, int waves, int rounds)
    {
        var seeding = TimeSpan.Zero;
        async Task<string> SeedAsync(string prefix, int count)
        {
            var started = Stopwatch.StartNew();
            await SeedCompletersAsync(host, prefix, count);
            seeding += started.Elapsed;
            return prefix;
        }

        // (a) the passes themselves, one after another as the job runs them: one warm-up round, then the timed rounds.
        await DispatchAllAsync(host, await SeedAsync("fu-warmup", Math.Min(waves, 100)), Math.Min(waves, 100));
        var dispatch = new List<double>();
        var wall = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            var prefix = await SeedAsync($"fu-dispatch-{round}", waves);
            var start = Stopwatch.GetTimestamp();
            await DispatchAllAsync(host, prefix, waves);
            dispatch.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        var dispatchSamples = new Samples(dispatch, wall.Elapsed);

        // (b) the recurring job, triggered now on the durable scheduler, until the last wave's mail is committed.
        var job = new List<double>();
        wall.Restart();
        for (var round = 0; round < rounds; round++)
        {
            var prefix = await SeedAsync($"fu-job-{round}", waves);
            var start = Stopwatch.GetTimestamp();
            await JobTrigger.TriggerAsync(host, DispatchFollowUpsJob.Name);
            var deadline = Stopwatch.StartNew();
            while (await MailsAsync(host, prefix) < waves)
            {
                if (deadline.Elapsed > TimeSpan.FromMinutes(5))
                {
                    throw new TimeoutException($"The dispatch job sent {await MailsAsync(host, prefix)} of {waves} waves within five minutes.");
                }

                await Task.Delay(10);
            }

            job.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        var jobSamples = new Samples(job, wall.Elapsed);

        // (c) the baseline: the same mail rows (body as long as the app's) and dispatch rows, nothing else.
        var bodyLength = (int)await host.ScalarAsync<decimal>(
            "SELECT round(avg(length(text_body))) FROM mail.outgoing_mails WHERE category = $1", DispatchDueFollowUpsHandler.InvitationCategory);
        await host.ExecuteAsync($"""
            CREATE SCHEMA IF NOT EXISTS bench;
            CREATE TABLE {RawMails} (LIKE mail.outgoing_mails INCLUDING ALL);
            CREATE TABLE {RawDispatches} (LIKE placements.follow_up_dispatches INCLUDING ALL)
            """);
        var body = new string('x', bodyLength);
        await RawInsertAsync(host, "raw-warmup", Math.Min(waves, 100), body);
        var raw = new List<double>();
        wall.Restart();
        for (var round = 0; round < rounds; round++)
        {
            var start = Stopwatch.GetTimestamp();
            await RawInsertAsync(host, $"raw-{round}", waves, body);
            raw.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return new Result(dispatchSamples, jobSamples, new Samples(raw, wall.Elapsed), waves, seeding);
    }

    /// <summary>Completers of a session that ended a month ago, each with follow-up consent on file: the consent rows are
    /// written directly (no application is needed to answer GetConsents), the waves by Placements' own handler of
    /// <see cref="SessionCompleted"/>, as the outbox would deliver it (other modules' handlers would need a real session).</summary>
    private static async Task SeedCompletersAsync(BenchHost host, string prefix, int count)
    {
        var completers = Enumerable.Range(0, count)
            .Select(i => new Completer(Guid.CreateVersion7(), Guid.CreateVersion7(), "Amina", $"Benali-{i}", $"{prefix}-{i}@bench.bootcamp.local", "fr-CA"))
            .ToList();
        await host.ExecuteAsync("""
            INSERT INTO applications.consents (id, application_id, purpose, text_version, granted, recorded_at)
            SELECT gen_random_uuid(), a, 'FollowUpContact', '2026-11-v1', true, $2 FROM unnest($1::uuid[]) a
            """, completers.Select(c => c.ApplicationId).ToArray(), BenchHost.Now.AddMonths(-3));
        await using var scope = host.App.Services.CreateAsyncScope();
        var completed = new SessionCompleted(Guid.CreateVersion7(), Guid.CreateVersion7(), EndDate.AddDays(-40), EndDate, count, completers);
        foreach (var handler in scope.ServiceProvider.GetServices<INotificationHandler<SessionCompleted>>()
                     .Where(h => h.GetType().Assembly == typeof(DispatchDueFollowUps).Assembly))
        {
            await handler.Handle(completed, CancellationToken.None);
        }
    }

    private static async Task DispatchAllAsync(BenchHost host, string prefix, int expected)
    {
        var sent = 0;
        while (true)
        {
            var result = await Scenario.SendAsync(host, new DispatchDueFollowUps());
            if (result.Total == 0)
            {
                break;
            }

            sent += result.Invitations;
        }

        var mailed = await MailsAsync(host, prefix);
        if (sent != expected || mailed != expected)
        {
            throw new InvalidOperationException($"Expected {expected} invitations; the passes sent {sent}, {mailed} were queued.");
        }
    }

    private static Task<long> MailsAsync(BenchHost host, string prefix) =>
        host.ScalarAsync<long>(
            "SELECT count(*) FROM mail.outgoing_mails WHERE category = $1 AND to_address LIKE $2",
            DispatchDueFollowUpsHandler.InvitationCategory, prefix + "-%");

    /// <summary>Per wave one dispatch row and one mail row, prepared, <see cref="BatchSize"/> waves per transaction.</summary>
    private static async Task RawInsertAsync(BenchHost host, string prefix, int count, string body)
    {
        await using var connection = await host.DataSource.OpenConnectionAsync();
        await using var dispatchRow = new NpgsqlCommand(
            $"INSERT INTO {RawDispatches} (wave_id, kind, claimed_at) VALUES ($1, 'Invitation', $2) ON CONFLICT DO NOTHING", connection);
        dispatchRow.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Uuid });
        dispatchRow.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.TimestampTz });
        await using var mailRow = new NpgsqlCommand(
            $"""
            INSERT INTO {RawMails} (id, to_address, to_name, subject, text_body, culture, category, deduplication_key, status, attempts,
                next_attempt_at, created_at)
            VALUES ($1, $2, $3, $4, $5, 'fr-CA', $6, $7, 'Pending', 0, $8, $8) ON CONFLICT DO NOTHING
            """, connection);
        foreach (var type in (NpgsqlDbType[])[
                     NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Text,
                     NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.TimestampTz])
        {
            mailRow.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = type });
        }

        await dispatchRow.PrepareAsync();
        await mailRow.PrepareAsync();
        for (var first = 0; first < count; first += BatchSize)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            for (var i = first; i < Math.Min(count, first + BatchSize); i++)
            {
                var waveId = Guid.CreateVersion7();
                dispatchRow.Parameters[0].Value = waveId;
                dispatchRow.Parameters[1].Value = BenchHost.Now;
                await dispatchRow.ExecuteNonQueryAsync();
                var m = mailRow.Parameters;
                m[0].Value = Guid.CreateVersion7();
                m[1].Value = $"{prefix}-{i}@bench.bootcamp.local";
                m[2].Value = $"Amina Benali-{i}";
                m[3].Value = "Où en êtes-vous, 1 mois après la formation ?";
                m[4].Value = body;
                m[5].Value = DispatchDueFollowUpsHandler.InvitationCategory;
                m[6].Value = $"{DispatchDueFollowUpsHandler.InvitationCategory}:{waveId}";
                m[7].Value = BenchHost.Now;
                await mailRow.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }
    }
}
