using System.Net;
using System.Text;
using Bootcamp.Identity;

namespace Bootcamp.IntegrationTests.Privacy;

/// <summary>The confidentiality incident register (issue 18, item 6; Law 25 s. 3.5–3.8), through the admin's pages:
/// recorded with coherent dates, assessed, a serious one closed only once the Commission and the people were told,
/// then read-only; listed, on the admin's home, exported as CSV.</summary>
public sealed class IncidentRegisterTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private const string Edit = "/Admin/Privacy/Incidents/Edit";

    private static async Task<string> BodyAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static Dictionary<string, string> Form(string summary, string discovered, string risk = "NotAssessed", string? commission = null, string? people = null, string? measures = null) => new()
    {
        ["Input.Summary"] = summary,
        ["Input.DataConcerned"] = "Courriels des candidats d'une session",
        ["Input.OccurredOn"] = "",
        ["Input.DiscoveredOn"] = discovered,
        ["Input.PeopleConcerned"] = "31",
        ["Input.Risk"] = risk,
        ["Input.RiskAssessment"] = "Adresses seulement",
        ["Input.CommissionNotifiedOn"] = commission ?? "",
        ["Input.PeopleNotifiedOn"] = people ?? "",
        ["Input.Measures"] = measures ?? "",
    };

    [Fact]
    public async Task A_serious_incident_is_recorded_assessed_notified_closed_and_then_no_longer_changes()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero));
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = clock };
        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var summary = "Liste envoyée en copie visible " + Guid.NewGuid().ToString("N")[..8];

        // A date in the future and a missing description are refused, each on its field, nothing stored.
        var refused = await Forms.PostAsync(admin, Edit, Form("", "2026-11-25"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await BodyAsync(refused);
        Assert.Contains("Décrivez ce qui s'est passé.", page, StringComparison.Ordinal);
        Assert.Contains("Cette date est dans le futur.", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#incident-summary\"", page, StringComparison.Ordinal);

        var recorded = await Forms.PostAsync(admin, Edit, Form(summary, "2026-11-18", risk: "Serious"));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var id = Guid.Parse(await Sql.ScalarAsync(database.ConnectionString, $"SELECT id::text FROM privacy.incidents WHERE summary = '{summary}'"));
        var version = await Sql.ScalarAsync(database.ConnectionString, $"SELECT xmin::text FROM privacy.incidents WHERE id = '{id}'");

        var list = await BodyAsync(await admin.GetAsync(new Uri("/Admin/Privacy/Incidents?state=Open", UriKind.Relative)));
        Assert.Contains(summary, list, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"notifications-missing\"", list, StringComparison.Ordinal);
        Assert.Contains("Incidents sérieux dont des avis manquent", await BodyAsync(await admin.GetAsync(new Uri("/", UriKind.Relative))), StringComparison.Ordinal);

        // Serious and nobody told yet: closing is refused, and says what is missing.
        var url = $"{Edit}?id={id}";
        var early = await Forms.PostAsync(admin, url + "&handler=Close", new() { ["ConfirmClose"] = "true", ["Version"] = version });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var earlyPage = await BodyAsync(early);
        Assert.Contains("indiquez la date d'avis à la Commission", earlyPage, StringComparison.Ordinal);
        Assert.Contains("Indiquez les mesures prises avant de clore", earlyPage, StringComparison.Ordinal);

        // A notification dated before the incident was known is refused.
        var backwards = await Forms.PostAsync(admin, url, new(Form(summary, "2026-11-18", "Serious", commission: "2026-11-10")) { ["Version"] = version });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("Une date d'avis doit se situer", await BodyAsync(backwards), StringComparison.Ordinal);

        var notified = await Forms.PostAsync(admin, url, new(Form(summary, "2026-11-18", "Serious", "2026-11-19", "2026-11-20", "Mot de passe changé; liste rappelée")) { ["Version"] = version });
        Assert.Equal(HttpStatusCode.Redirect, notified.StatusCode);

        // A second admin's form still carries the first version: their save is refused, not silently applied over it.
        var stale = await Forms.PostAsync(admin, url, new(Form(summary + " (bis)", "2026-11-18", "Low")) { ["Version"] = version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Quelqu'un a modifié cet incident entre-temps", await BodyAsync(stale), StringComparison.Ordinal);

        version = await Sql.ScalarAsync(database.ConnectionString, $"SELECT xmin::text FROM privacy.incidents WHERE id = '{id}'");
        var unconfirmed = await Forms.PostAsync(admin, url + "&handler=Close", new() { ["Version"] = version });
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        var closed = await Forms.PostAsync(admin, url + "&handler=Close", new() { ["ConfirmClose"] = "true", ["Version"] = version });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal("2026-11-20", await Sql.ScalarAsync(database.ConnectionString, $"SELECT closed_on::text FROM privacy.incidents WHERE id = '{id}'"));

        // Closed: the record stands as it was.
        version = await Sql.ScalarAsync(database.ConnectionString, $"SELECT xmin::text FROM privacy.incidents WHERE id = '{id}'");
        var changed = await Forms.PostAsync(admin, url, new(Form("Réécrit", "2026-11-18", "Low")) { ["Version"] = version });
        Assert.Equal(HttpStatusCode.Conflict, changed.StatusCode);
        Assert.Equal(summary, await Sql.ScalarAsync(database.ConnectionString, $"SELECT summary FROM privacy.incidents WHERE id = '{id}'"));
        Assert.DoesNotContain("data-testid=\"save-incident\"", await admin.GetStringAsync(new Uri(url, UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_register_exports_as_a_csv_a_spreadsheet_opens_safely()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString);
        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(admin, Edit, Form("=HYPERLINK(\"http://evil\")", today))).StatusCode);

        var csv = await admin.GetAsync(new Uri("/Admin/Privacy/Incidents?handler=Csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFnumber,summary,data_concerned", text, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_admins_recording_at_once_get_two_numbers()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString);
        var first = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var second = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tag = Guid.NewGuid().ToString("N")[..8];

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Forms.PostAsync(i % 2 == 0 ? first : second, Edit, Form($"Concurrent {tag} {i}", today))));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(6, await Sql.CountAsync(database.ConnectionString, $"SELECT count(DISTINCT number) FROM privacy.incidents WHERE summary LIKE 'Concurrent {tag} %'"));
    }
}
