using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>What the API answers to a body it cannot read, for every endpoint that reads JSON: 415 for a body that is
/// not JSON (or says nothing of its type), 400 for JSON that does not parse, always a ProblemDetails in the reader's
/// language; and enum values in routes and queries are single names, as in bodies.</summary>
public sealed class ApiInputTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly Dictionary<string, string?> ManyRequests = new() { ["Bootcamp:RateLimits:PublicFormsPerMinute"] = "10000" };

    [Theory]
    [InlineData(null, "Le format de cette requête n’est pas pris en charge : envoyez du JSON.", "La requête n'a pas pu être lue.")]
    [InlineData("en-CA", "This request’s format is not supported: send JSON.", "The request could not be read.")]
    public async Task Every_public_json_endpoint_answers_415_to_a_body_that_is_not_json_and_400_to_broken_json_as_localised_problem_details(
        string? culture, string unsupportedTitle, string unreadableTitle)
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: ManyRequests);
        var endpoints = JsonEndpoints(app).Where(e => e.Path.StartsWith("/api/public/", StringComparison.Ordinal)).ToList();
        Assert.Contains(endpoints, e => e.Method == "POST" && e.Path.EndsWith("/applications", StringComparison.Ordinal));
        Assert.True(endpoints.Count >= 6, string.Join(", ", endpoints));
        using var visitor = app.CreateClient();
        if (culture is not null)
        {
            visitor.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c={culture}|uic={culture}");
        }

        foreach (var endpoint in endpoints)
        {
            var plain = new StringContent("firstName=Ana", Encoding.UTF8, "text/plain");
            await AssertProblemAsync(await SendAsync(visitor, endpoint, plain), HttpStatusCode.UnsupportedMediaType, unsupportedTitle, endpoint);

            var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["firstName"] = "Ana" });
            await AssertProblemAsync(await SendAsync(visitor, endpoint, form), HttpStatusCode.UnsupportedMediaType, unsupportedTitle, endpoint);

            var untyped = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"firstName\":\"Ana\"}"));
            Assert.Null(untyped.Headers.ContentType);
            var privateLink = endpoint.Path.Contains("unknown-token", StringComparison.Ordinal);
            if (privateLink)
            {
                // No type at all still reaches the endpoint, whose private link is checked first: the one 404.
                Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(visitor, endpoint, untyped)).StatusCode);
            }
            else
            {
                await AssertProblemAsync(await SendAsync(visitor, endpoint, untyped), HttpStatusCode.UnsupportedMediaType, unsupportedTitle, endpoint);
            }

            // JSON in another charset than UTF-8: refused before anything tries to transcode it (UTF-7 was a 500).
            foreach (var charset in new[] { "utf-7", "utf-16", "x-unknown" })
            {
                var encoded = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"firstName\":\"Ana\"}"));
                encoded.Headers.TryAddWithoutValidation("Content-Type", "application/json; charset=" + charset);
                await AssertProblemAsync(await SendAsync(visitor, endpoint, encoded), HttpStatusCode.UnsupportedMediaType, unsupportedTitle, endpoint);
            }

            var broken = new StringContent("{\"profile\": {\"firstName\": \"Ana\",", Encoding.UTF8, "application/json");
            if (privateLink)
            {
                // A private link's token is checked before its body is read: a wrong one is the one 404, whatever the body.
                Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(visitor, endpoint, broken)).StatusCode);
            }
            else
            {
                await AssertProblemAsync(await SendAsync(visitor, endpoint, broken), HttpStatusCode.BadRequest, unreadableTitle, endpoint);
            }
        }
    }

    [Fact]
    public async Task Staff_json_endpoints_answer_415_too_and_enum_values_in_routes_and_queries_must_be_single_names()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: ManyRequests) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var staff = await TestUsers.SignedInClientAsync(app, Roles.Staff);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var trackId = await SessionRequests.CreateTrackAsync(staff, "Parcours " + suffix, "Track " + suffix);
        var sessionId = await SessionRequests.ScheduleAsync(staff, SessionRequests.ValidSession(trackId, "Session " + suffix));

        var plain = await staff.PostAsync(new Uri("/api/tracks/", UriKind.Relative), new StringContent("nameFr=x", Encoding.UTF8, "text/plain"));
        await AssertProblemAsync(plain, HttpStatusCode.UnsupportedMediaType, "Le format de cette requête n’est pas pris en charge : envoyez du JSON.", new JsonEndpoint("POST", "/api/tracks/"));

        // A query value: the name works, its number or a combination does not.
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(new Uri($"/api/sessions/{sessionId}/selection/preview?rule=ScoreThenSubmission", UriKind.Relative))).StatusCode);
        foreach (var rule in new[] { "0", "1", "ScoreThenSubmission,SeededLottery", "7" })
        {
            var preview = await staff.GetAsync(new Uri($"/api/sessions/{sessionId}/selection/preview?rule={Uri.EscapeDataString(rule)}", UriKind.Relative));
            await AssertProblemAsync(preview, HttpStatusCode.BadRequest, "Certains champs demandent votre attention.", new JsonEndpoint("GET", "preview?rule=" + rule));
        }

        // A route value: the same questionnaire saved under its name, then under its number.
        using var questionnaires = JsonDocument.Parse(await staff.GetStringAsync(new Uri($"/api/tracks/{trackId}/questionnaires", UriKind.Relative)));
        var pre = questionnaires.RootElement.EnumerateArray().Single(q => q.GetProperty("kind").GetString() == "PreProgramme");
        var body = new { questions = pre.GetProperty("questions").EnumerateArray().Select(ToInput).ToList() };
        Assert.Equal(HttpStatusCode.OK, (await staff.PutAsJsonAsync($"/api/tracks/{trackId}/questionnaires/PreProgramme", body)).StatusCode);
        foreach (var kind in new[] { "0", "1", "PreProgramme,PostProgramme", "9" })
        {
            var saved = await staff.PutAsJsonAsync($"/api/tracks/{trackId}/questionnaires/{Uri.EscapeDataString(kind)}", body);
            await AssertProblemAsync(saved, HttpStatusCode.BadRequest, "Certains champs demandent votre attention.", new JsonEndpoint("PUT", "questionnaires/" + kind));
        }
    }

    private static object ToInput(JsonElement q) => new
    {
        type = q.GetProperty("type").GetString(),
        textFr = q.GetProperty("textFr").GetString(),
        textEn = q.GetProperty("textEn").GetString(),
        skillArea = q.GetProperty("skillArea").GetString(),
        choices = q.GetProperty("choices").Deserialize<JsonElement>(),
        correctChoice = q.GetProperty("correctChoice").GetString(),
        required = q.GetProperty("required").GetBoolean(),
    };

    private sealed record JsonEndpoint(string Method, string Path)
    {
        public override string ToString() => $"{Method} {Path}";
    }

    /// <summary>Every endpoint whose body is read as JSON, with its route values filled in.</summary>
    private static List<JsonEndpoint> JsonEndpoints(BootcampAppFactory app) =>
    [
        .. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts && accepts.ContentTypes.Contains("application/json"))
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(method => new JsonEndpoint(method, Fill(e.RoutePattern)))),
    ];

    private static string Fill(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern)
    {
        var path = "/" + pattern.RawText!.TrimStart('/');
        foreach (var parameter in pattern.Parameters)
        {
            var value = parameter.ParameterPolicies.Any(p => p.Content == "guid") ? Guid.NewGuid().ToString() : "unknown-token";
            path = System.Text.RegularExpressions.Regex.Replace(path, "\\{" + parameter.Name + "(:[^}]*)?\\}", value);
        }

        return path;
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, JsonEndpoint endpoint, HttpContent content) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), new Uri(endpoint.Path, UriKind.Relative)) { Content = content });

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string title, JsonEndpoint endpoint)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{endpoint}: {(int)response.StatusCode} {text}");
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{endpoint}: {response.Content.Headers.ContentType} {text}");
        using var problem = JsonDocument.Parse(text);
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.True(problem.RootElement.GetProperty("title").GetString() == title, $"{endpoint}: {text}");
    }
}
