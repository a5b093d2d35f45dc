using System.Net;
using System.Text.RegularExpressions;

namespace Bootcamp.IntegrationTests.Applications;

/// <summary>Configured screening criteria (Applications:Screening:Criteria) drive the detail page's inputs, the stored
/// score and the per-criterion messages.</summary>
public sealed class ScreeningCriteriaTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private BootcampAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new BootcampAppFactory(database.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Applications:Screening:Criteria:0:Key"] = "clarity",
            ["Applications:Screening:Criteria:0:LabelFr"] = "Clarté du projet",
            ["Applications:Screening:Criteria:0:LabelEn"] = "Clarity of purpose",
            ["Applications:Screening:Criteria:0:Weight"] = "2",
            ["Applications:Screening:Criteria:0:Max"] = "4",
            ["Applications:Screening:Criteria:1:Key"] = "grit",
            ["Applications:Screening:Criteria:1:LabelFr"] = "Persévérance",
            ["Applications:Screening:Criteria:1:LabelEn"] = "Grit",
            ["Applications:Screening:Criteria:1:Weight"] = "1",
            ["Applications:Screening:Criteria:1:Max"] = "10",
        })
        {
            Clock = new ManualClock(SessionApplicants.InWindow),
        };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Configured_criteria_drive_the_inputs_the_stored_score_and_the_localised_range_message()
    {
        var (staff, _, _, applicants) = await SessionApplicants.CreateAsync(_app, capacity: 10, newcomers: 1, residents: 0, screen: false);
        var id = applicants[0].Id;
        var url = $"/Staff/Applications/Detail?id={id}";

        var page = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri(url, UriKind.Relative)));
        Assert.Matches("<input id=\"rating-clarity\" name=\"Input.Ratings\\[clarity\\]\" type=\"number\" min=\"0\" max=\"4\"", page);
        Assert.Matches("<input id=\"rating-grit\" name=\"Input.Ratings\\[grit\\]\" type=\"number\" min=\"0\" max=\"10\"", page);
        Assert.Contains("Clarté du projet (0–4)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Ratings[motivation]", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Score\"", page, StringComparison.Ordinal);

        // round(100 × (2 × 3/4 + 1 × 5/10) / 3) = round(66.7) = 67
        var saved = await PostAsync(staff, url, null, new() { ["Input.Outcome"] = "eligible", ["Input.Ratings[clarity]"] = "3", ["Input.Ratings[grit]"] = "5" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.applications WHERE id = '{id}' AND score = 67 AND screening = 'Eligible' "
            + "AND screening_ratings = '{\"clarity\": 3, \"grit\": 5}'::jsonb"));
        var after = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri(url, UriKind.Relative)));
        Assert.Matches("name=\"Input.Ratings\\[clarity\\]\"[^>]*value=\"3\"", after);
        Assert.Matches("name=\"Input.Ratings\\[grit\\]\"[^>]*value=\"5\"", after);
        Assert.Contains("Note calculée : 67/100", after, StringComparison.Ordinal);

        foreach (var (culture, message) in new[]
                 {
                     ("en-CA", "Enter a rating between 0 and 4 for “Clarity of purpose”."),
                     ("fr-CA", "Entrez une note entre 0 et 4 pour « Clarté du projet »."),
                 })
        {
            var refused = await PostAsync(staff, url, culture, new() { ["Input.Outcome"] = "eligible", ["Input.Ratings[clarity]"] = "7", ["Input.Ratings[grit]"] = "5" });
            var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Matches("id=\"rating-clarity-error\"[^>]*>" + Regex.Escape(message), html);
            Assert.Matches("id=\"rating-grit-error\"[^>]*></span>", html);
        }

        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.applications WHERE id = '{id}' AND score = 67"));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient staff, string url, string? culture, Dictionary<string, string> fields) =>
        Forms.PostAsync(staff, url, fields, tokenFrom: "/Staff/Applications", culture);
}
