using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Bootcamp.Applications.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace Bootcamp.Benchmarks;

/// <summary>Measurement 1: applications POSTed over real HTTP by concurrent clients, against raw single-row INSERTs
/// into a table of the same shape by as many concurrent connections, in the same database and the same run.</summary>
internal static class IntakeBenchmark
{
    private const string RawTable = "bench.applications_raw";

    public sealed record Result(Samples Http, Samples Raw, int ProtectedProfileLength);

    public static async Task<Result> RunAsync(BenchHost host, Guid sessionId, int count, int clients, int warmup)
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
        byte[] Body(string prefix, int i) => JsonSerializer.SerializeToUtf8Bytes(
            new { profile = Scenario.Profile(prefix, i), consents = Scenario.Consents, idempotencyKey = $"{prefix}-{i}-{Guid.NewGuid():N}" }, json);

        // Bodies are serialised up front: the latency is the server's and the network's, not the client's JSON.
        var warmupBodies = Enumerable.Range(0, warmup).Select(i => Body("intake-warmup", i)).ToArray();
        var bodies = Enumerable.Range(0, count).Select(i => Body("intake", i)).ToArray();
        var path = new Uri($"/api/public/sessions/{sessionId}/applications", UriKind.Relative);

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = host.BaseAddress };

        async Task Post(byte[] body)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using var response = await http.PostAsync(path, content);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        await Measure.ConcurrentAsync(warmup, clients, _ => Task.FromResult(NoState.Instance), (_, i) => Post(warmupBodies[i]));
        var httpSamples = await Measure.ConcurrentAsync(count, clients, _ => Task.FromResult(NoState.Instance), (_, i) => Post(bodies[i]));

        var stored = await host.ScalarAsync<long>("SELECT count(*) FROM applications.applications WHERE session_id = $1 AND email ~ '^intake-[0-9]'", sessionId);
        if (stored != count)
        {
            throw new InvalidOperationException($"Expected {count} applications stored, found {stored}.");
        }

        // The baseline stores a row as wide as the app's: its encrypted profile is as long as the app's on average.
        var profileLength = (int)await host.ScalarAsync<decimal>("SELECT round(avg(length(protected_profile))) FROM applications.applications WHERE session_id = $1", sessionId);
        await host.ExecuteAsync($"CREATE SCHEMA IF NOT EXISTS bench; CREATE TABLE {RawTable} (LIKE applications.applications INCLUDING ALL)");
        var rawSession = Guid.CreateVersion7();
        var protectedProfile = Convert.ToBase64String(RandomNumberGenerator.GetBytes(profileLength * 3 / 4 + 1))[..profileLength];

        Task<RawWorker> Open(int _) => RawWorker.OpenAsync(host.DataSource);
        Task Insert(RawWorker worker, string prefix, int i) => worker.InsertAsync(rawSession, prefix, i, protectedProfile);
        await Measure.ConcurrentAsync(warmup, clients, Open, (w, i) => Insert(w, "raw-warmup", i));
        var rawSamples = await Measure.ConcurrentAsync(count, clients, Open, (w, i) => Insert(w, "raw", i));
        return new Result(httpSamples, rawSamples, profileLength);
    }

    private sealed class NoState : IAsyncDisposable
    {
        public static readonly NoState Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>One open connection and one prepared single-row INSERT, executed once per row (one round-trip each,
    /// autocommit).</summary>
    private sealed class RawWorker : IAsyncDisposable
    {
        private readonly NpgsqlConnection _connection;
        private readonly NpgsqlCommand _insert;

        private RawWorker(NpgsqlConnection connection, NpgsqlCommand insert)
        {
            _connection = connection;
            _insert = insert;
        }

        public static async Task<RawWorker> OpenAsync(NpgsqlDataSource dataSource)
        {
            var connection = await dataSource.OpenConnectionAsync();
            var insert = new NpgsqlCommand(
                $"""
                INSERT INTO {RawTable} (id, session_id, category, status, first_name, last_name, email, phone, preferred_language,
                    protected_profile, idempotency_key, status_token_hash, screening, submitted_at, updated_at)
                VALUES ($1, $2, $3, 'Submitted', $4, $5, $6, $7, 'fr-CA', $8, $9, $10, 'Pending', $11, $11)
                """, connection);
            foreach (var type in (NpgsqlDbType[])[
                         NpgsqlDbType.Uuid, NpgsqlDbType.Uuid, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Varchar,
                         NpgsqlDbType.Varchar, NpgsqlDbType.Varchar, NpgsqlDbType.Text, NpgsqlDbType.Varchar, NpgsqlDbType.Bytea,
                         NpgsqlDbType.TimestampTz])
            {
                insert.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = type });
            }

            await insert.PrepareAsync();
            return new RawWorker(connection, insert);
        }

        public async Task InsertAsync(Guid sessionId, string prefix, int index, string protectedProfile)
        {
            var profile = Scenario.Profile(prefix, index);
            var p = _insert.Parameters;
            p[0].Value = Guid.CreateVersion7();
            p[1].Value = sessionId;
            p[2].Value = index % 10 < 7 ? "Newcomer" : "EstablishedResident";
            p[3].Value = profile.FirstName;
            p[4].Value = profile.LastName;
            p[5].Value = profile.Email;
            p[6].Value = profile.Phone!;
            p[7].Value = protectedProfile;
            p[8].Value = $"{prefix}-{index}-{Guid.NewGuid():N}";
            p[9].Value = RandomNumberGenerator.GetBytes(32);
            p[10].Value = BenchHost.Now;
            await _insert.ExecuteNonQueryAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await _insert.DisposeAsync();
            await _connection.DisposeAsync();
        }
    }
}
