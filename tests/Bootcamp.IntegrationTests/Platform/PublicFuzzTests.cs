using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bootcamp.Shared.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>
/// Seeded fuzzing of everything an anonymous visitor can reach: malformed JSON, wrong content types, huge and
/// control-character strings, combined and unknown enums, impossible dates, hostile emails and tokens. Every request is
/// invalid by construction, so the promise is: never a 5xx, and not one row written or changed anywhere.
/// </summary>
public sealed class PublicFuzzTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private const int Seed = 20261203;
    private const int Requests = 10_500;

    [Fact]
    public async Task Ten_thousand_malformed_public_requests_answer_4xx_and_write_nothing()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: new Dictionary<string, string?>
        {
            // The limits are tested elsewhere; here they would turn every answer into a 429.
            ["Bootcamp:RateLimits:PublicFormsPerMinute"] = "1000000",
            ["Bootcamp:RateLimits:AnonymousPerMinute"] = "1000000",
            ["Bootcamp:RateLimits:SignInPerMinute"] = "1000000",
            ["Jobs:Enabled"] = "false",
        }) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var (_, sessionId, _, applicants) = await SessionApplicants.CreateAsync(app, capacity: 10, newcomers: 1, residents: 0, screen: false);
        var token = applicants[0].Token;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDrain>().DrainAsync(CancellationToken.None);
        }

        var before = await SnapshotAsync(app.ConnectionString);
        var random = new Random(Seed);
        var fuzz = new PublicFuzz(random, sessionId, token);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var failures = new List<string>();
        var statuses = new Dictionary<int, int>();
        for (var i = 0; i < Requests; i += 8)
        {
            // Eight at a time, as a crowd of phones would.
            var batch = Enumerable.Range(0, Math.Min(8, Requests - i)).Select(_ => fuzz.Next()).ToList();
            var answers = await Task.WhenAll(batch.Select(async request =>
            {
                using var message = request.ToMessage();
                using var response = await client.SendAsync(message);
                // A redirect never leaves the site, whatever the visitor asked for.
                var location = response.Headers.Location;
                var offSite = location is not null && (location.IsAbsoluteUri || location.OriginalString.StartsWith("//", StringComparison.Ordinal)
                    || location.OriginalString.StartsWith("/\\", StringComparison.Ordinal));
                return (request, offSite ? 599 : (int)response.StatusCode);
            }));
            foreach (var (request, status) in answers)
            {
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                if (status >= 500 || (status < 400 && !request.MaySucceed))
                {
                    failures.Add($"{status} {request}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} bad answers (of {Requests}; {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}):\n"
            + string.Join("\n", failures.Take(25)));
        var after = await SnapshotAsync(app.ConnectionString);
        Assert.Equal(before, after);
    }

    /// <summary>Every table of every module, by content: a row added, changed or removed shows.</summary>
    private static async Task<Dictionary<string, string>> SnapshotAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("""
            SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables
            WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema', 'hangfire')
            ORDER BY 1
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var snapshot = new Dictionary<string, string>();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM {table} t", connection);
            snapshot[table] = (string)(await command.ExecuteScalarAsync())!;
        }

        return snapshot;
    }
}

/// <summary>One fuzzed request: what it sends, and whether a 2xx/3xx is acceptable (reading a public page is).</summary>
internal sealed record FuzzRequest(HttpMethod Method, string Path, string? Body, string? ContentType, bool MaySucceed)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Method, Path);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body));
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return message;
    }

    public override string ToString() =>
        $"{Method} {Truncate(Path)} [{ContentType ?? "no type"}] {Truncate(Body ?? "")}";

    private static string Truncate(string s) => s.Length > 160 ? s[..160] + $"…({s.Length})" : s;
}

/// <summary>The generator. Each request starts from a valid shape and is broken in at least one way.</summary>
internal sealed class PublicFuzz(Random random, Guid sessionId, string token)
{
    private const string Json = "application/json";

    private static readonly string[] WrongContentTypes =
        ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json-patch+json; charset=utf-7", "image/png", ""];

    private static readonly string[] HostileStrings =
    [
        "\u0000", "Ana\u0000Lima", "\u0007", "\u001b[31mred", "\u007f", "\u0085", "a\u0008b", "\u000b", "\u000c",
        new string('x', 100_000), new string('é', 20_000), string.Concat(Enumerable.Repeat("\u0000", 50)),
    ];

    private static readonly JsonNode?[] BadEnums =
        ["AsylumClaimant,PermanentResident", "Citizen, Refugee", "99", "-1", 99, -1, 2.5, "", " ", "asylumclaimant\u0000", true, new JsonArray(), new JsonObject()];

    private static readonly JsonNode?[] BadDates =
        ["2026-02-30", "2026-13-01", "0000-01-01", "31/12/2026", "yesterday", "2026-11-20T25:00:00", "", 20261120, true, new JsonObject()];

    private static readonly string[] BadEmails =
    [
        "\"><img/src=x/onerror=alert(3)>@example.org", "a@b", "no-at-sign", "a@@example.org", "a@example..org", "a b@example.org",
        "a@example.org,b@example.org", "Ana <a@example.org>", "a@example.org\r\nBcc: x@example.org", "@example.org", "a@", new string('a', 300) + "@example.org",
    ];

    private static readonly string[] BadTokens =
    [
        // A NUL in the path never reaches the app: the server refuses it first (the test server throws), so it is in
        // queries and bodies only.
        "x", "%01", "%1Babc", "..%2F..%2Fetc%2Fpasswd", "%E2%80%AE", new string('a', 5000), "%F0%9F%98%80", "'%20OR%201=1--", "%7B%7D", "null", "%C0%AF",
    ];

    private readonly string[] _tokenRoutes =
    [
        "/api/public/applications/{0}", "/s/{0}", "/f/{0}", "/Public/Application/{0}", "/Public/Application/{0}/Portfolio", "/api/public/surveys/{0}",
        "/p/{0}", "/verify/{0}", "/api/public/certificates/{0}",
    ];

    public FuzzRequest Next() => random.Next(10) switch
    {
        < 4 => Application(),
        4 => Consent(),
        5 => Contact(),
        6 => Withdraw(),
        7 => Survey(),
        8 => TokenPath(),
        _ => PageOrQuery(),
    };

    private FuzzRequest Application()
    {
        var body = new JsonObject
        {
            ["profile"] = new JsonObject
            {
                ["firstName"] = "Ana",
                ["lastName"] = "Lima",
                ["email"] = $"fuzz-{random.Next():x}@example.org",
                ["preferredLanguage"] = "fr-CA",
                ["residencyStatus"] = "AsylumClaimant",
                ["arrivedInCanadaOn"] = "2025-05-01",
                ["authorisedToWork"] = true,
                ["confirmsEveningAvailability"] = true,
                ["motivation"] = "Je veux coder.",
            },
            ["consents"] = new JsonObject { ["programmeAdministration"] = true, ["followUpContact"] = true, ["aggregateReporting"] = true },
            ["idempotencyKey"] = $"fuzz-{random.Next():x}",
        };
        var profile = (JsonObject)body["profile"]!;
        // One to three breakages, at least one of which makes the request invalid.
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            switch (random.Next(9))
            {
                case 0:
                    profile[Pick(["firstName", "lastName", "motivation", "phone", "languages", "otherNeeds", "referringAgency", "gender"])] = Pick(HostileStrings);
                    break;
                case 1:
                    body["idempotencyKey"] = Pick(HostileStrings);
                    break;
                case 2:
                    profile["residencyStatus"] = Pick(BadEnums)?.DeepClone();
                    break;
                case 3:
                    profile[Pick(["arrivedInCanadaOn", "permitExpiresOn"])] = Pick(BadDates)?.DeepClone();
                    break;
                case 4:
                    profile["email"] = Pick(BadEmails);
                    break;
                case 5:
                    profile["preferredLanguage"] = Pick<JsonNode?>(["de-DE", "", "fr-CA\u0000", 7, null, "en-CA,fr-CA"])?.DeepClone();
                    break;
                case 6:
                    profile[Pick(["firstName", "lastName", "email"])] = Pick<JsonNode?>([null, "", "   ", 42, new JsonArray(), true])?.DeepClone();
                    break;
                case 7:
                    profile["yearsOfWorkExperience"] = Pick<JsonNode?>([-5, 1000, 1e30, "ten", 2.5])?.DeepClone();
                    break;
                default:
                    profile["confirmsEveningAvailability"] = Pick<JsonNode?>([false, "yes", 1, null])?.DeepClone();
                    break;
            }
        }

        var session = random.Next(20) == 0 ? Guid.NewGuid() : sessionId;
        return Post($"/api/public/sessions/{session}/applications", body.ToJsonString());
    }

    private FuzzRequest Consent()
    {
        var body = new JsonObject
        {
            ["purpose"] = Pick(BadEnums)?.DeepClone(),
            ["granted"] = Pick<JsonNode?>([true, false, "yes", null, 1])?.DeepClone(),
        };
        return Post($"/api/public/applications/{TokenOrBad()}/consents", body.ToJsonString());
    }

    private FuzzRequest Contact()
    {
        var body = random.Next(2) == 0
            ? new JsonObject { ["phone"] = Pick(HostileStrings), ["preferredLanguage"] = "fr-CA" }
            : new JsonObject { ["phone"] = "514 555-0100", ["preferredLanguage"] = Pick<JsonNode?>(["de-DE", "", "xx\u0000", 3, "fr-CA,en-CA"])?.DeepClone() };
        return Post($"/api/public/applications/{TokenOrBad()}/contact", body.ToJsonString());
    }

    private FuzzRequest Withdraw() =>
        // No body, "null" or an object without a reason would be a real withdrawal: only broken ones are sent.
        Send(HttpMethod.Post, $"/api/public/applications/{TokenOrBad()}/withdraw", new JsonObject { ["reason"] = Pick(HostileStrings) }.ToJsonString(), bodyIsOptional: true);

    private FuzzRequest Survey()
    {
        var badToken = Pick(BadTokens);
        return random.Next(2) == 0
            ? Post($"/api/public/surveys/{badToken}/evaluation", new JsonObject { ["structure"] = Pick<JsonNode?>([0, 6, "five", null, -1]), ["comment"] = Pick(HostileStrings) }.ToJsonString())
            : Send(HttpMethod.Put, $"/api/public/surveys/{badToken}", new JsonObject { ["answers"] = new JsonArray(new JsonObject { ["questionId"] = "not-a-guid", ["value"] = Pick(HostileStrings) }), ["submit"] = "maybe" }.ToJsonString());
    }

    private FuzzRequest TokenPath()
    {
        var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(_tokenRoutes), Pick(BadTokens));
        return random.Next(3) == 0
            // A verification page may say "no such certificate" as a page; a private link may not.
            ? new FuzzRequest(HttpMethod.Get, path, null, null, MaySucceed: path.StartsWith("/verify/", StringComparison.Ordinal))
            : new FuzzRequest(HttpMethod.Post, path + Pick(["", "?handler=Consent", "?handler=Withdraw", "?handler=Confirm", "?handler=Contact"]),
                "purpose=AggregateReporting&granted=true", "application/x-www-form-urlencoded", MaySucceed: false);
    }

    private FuzzRequest PageOrQuery()
    {
        var query = Pick(["?page=-1", "?page=99999999999", "?page=abc&pageSize=100000", "?culture=xx-XX", "?q=%00", "?q=" + new string('z', 4000), "?ui-culture=%1B"]);
        return random.Next(4) switch
        {
            // Reading a public list with odd paging is allowed to answer its first page.
            0 => new FuzzRequest(HttpMethod.Get, "/api/public/sessions" + query, null, null, MaySucceed: true),
            1 => new FuzzRequest(HttpMethod.Get, "/Public/Sessions" + query, null, null, MaySucceed: true),
            2 => new FuzzRequest(HttpMethod.Post, $"/Public/Apply/{sessionId}", "Input.FirstName=%00&Input.Email=x", "application/x-www-form-urlencoded", MaySucceed: false),
            // Switching language may answer its redirect, but only to this site.
            _ => new FuzzRequest(HttpMethod.Post, "/culture", Pick(["culture=%00&returnUrl=//evil.example", "culture=xx&returnUrl=https://evil.example/", "culture=fr-CA&returnUrl=/%5Cevil.example"]),
                "application/x-www-form-urlencoded", MaySucceed: true),
        };
    }

    private string TokenOrBad() => random.Next(2) == 0 ? token : Pick(BadTokens);

    /// <summary>A JSON body, sometimes truncated, wrapped, or sent with the wrong type or none.</summary>
    private FuzzRequest Post(string path, string json) => Send(HttpMethod.Post, path, json);

    private FuzzRequest Send(HttpMethod method, string path, string json, bool bodyIsOptional = false)
    {
        // Where the body may be left out, an empty one, "null" or one of unknown shape is a valid request: not sent.
        string[] junk = bodyIsOptional
            ? ["[]", "\"text\"", "{", "{\"reason\":", new string('[', 5000), "\u0000", "{\"reason\":" + new string('1', 10_000) + "}"]
            : ["", "null", "[]", "\"text\"", "{", "{\"profile\":", new string('[', 5000), "{\"a\":" + new string('1', 10_000) + "}", "\u0000"];
        var (body, type) = random.Next(6) switch
        {
            0 => (json[..random.Next(1, json.Length)], Json),
            1 => (json, Pick(WrongContentTypes)),
            2 => (json, (string?)null),
            3 => (Pick(junk), Json),
            _ => (json, Json),
        };
        return new FuzzRequest(method, path, body, type, MaySucceed: false);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
