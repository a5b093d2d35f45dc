using System.Net;
using System.Text.Json;
using Bootcamp.Identity;
using Bootcamp.Privacy.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Privacy;

/// <summary>The register of Law 25 requests (issue 18, item 3): recorded once, due 30 days after receipt, answered by
/// the export or the erasure, listed most urgent first.</summary>
public sealed class PrivacyRequestsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static async Task<string> BodyAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task A_request_taken_by_staff_is_recorded_once_due_in_30_days_and_answered_by_the_export()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = clock };
        var (_, _, _, applicants) = await SessionApplicants.CreateAsync(app, 4, 1, 0, screen: false);
        var applicationId = applicants[0].Id;
        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var page = $"/Admin/Privacy/Person?application={applicationId}";

        Assert.Contains("Aucune demande de cette personne.", await BodyAsync(await admin.GetAsync(new Uri(page, UriKind.Relative))), StringComparison.Ordinal);
        for (var i = 0; i < 2; i++)
        {
            var received = await Forms.PostAsync(admin, page + "&handler=Receive", new() { ["application"] = applicationId.ToString(), ["Kind"] = "Access" }, tokenFrom: page);
            Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        }

        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM privacy.requests WHERE application_id = '{applicationId}' AND kind = 'Access' AND done_at IS NULL AND due_on = DATE '2026-12-20'"));
        var register = await BodyAsync(await admin.GetAsync(new Uri("/Admin/Privacy", UriKind.Relative)));
        Assert.Contains("Personne0", register, StringComparison.Ordinal);
        Assert.Contains("Accès à ses renseignements", register, StringComparison.Ordinal);

        // Past its deadline, the register says so.
        clock.Set(SessionApplicants.InWindow.AddDays(31));
        admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        Assert.Contains("data-testid=\"overdue\"", await admin.GetStringAsync(new Uri("/Admin/Privacy", UriKind.Relative)), StringComparison.Ordinal);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var counts = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new GetPrivacyRequestCounts());
            // Other tests of the class share the database: at least this one is open and overdue.
            Assert.True(counts.Overdue >= 1 && counts.Open >= counts.Overdue, counts.ToString());
        }

        var json = await admin.GetAsync(new Uri(page + "&handler=Json&language=en-CA", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        using (var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync()))
        {
            Assert.Equal("https://bootcamp.example.org/schemas/personal-data-export.v1.json", document.RootElement.GetProperty("$schema").GetString());
            Assert.Equal("en-CA", document.RootElement.GetProperty("language").GetString());
            Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("modules").ValueKind);
        }

        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM privacy.requests WHERE application_id = '{applicationId}' AND kind = 'Access' AND done_at IS NOT NULL AND done_by IS NOT NULL"));
        Assert.DoesNotContain($"application={applicationId}", await admin.GetStringAsync(new Uri("/Admin/Privacy", UriKind.Relative)), StringComparison.Ordinal);
        var done = await BodyAsync(await admin.GetAsync(new Uri("/Admin/Privacy?state=Done", UriKind.Relative)));
        Assert.Contains($"application={applicationId}", done, StringComparison.Ordinal);
        Assert.Contains("Traitée", done, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_asks_for_confirmation_first_and_unknown_people_answer_404()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString);
        var (_, _, _, applicants) = await SessionApplicants.CreateAsync(app, 4, 1, 0, screen: false);
        var applicationId = applicants[0].Id;
        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var page = $"/Admin/Privacy/Person?application={applicationId}";

        var unconfirmed = await Forms.PostAsync(admin, page + "&handler=Erase", new() { ["application"] = applicationId.ToString() }, tokenFrom: page);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("Cochez la case pour confirmer l'effacement.", await BodyAsync(unconfirmed), StringComparison.Ordinal);
        Assert.Equal(0, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM privacy.requests WHERE application_id = '{applicationId}'"));

        var unknown = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri($"/Admin/Privacy/Person?application={unknown}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri($"/Admin/Privacy/Person?application={unknown}&handler=Json", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(new Uri($"/Admin/Privacy/Summary?application={unknown}", UriKind.Relative))).StatusCode);
        var bogus = await Forms.PostAsync(admin, page + "&handler=Receive", new() { ["application"] = applicationId.ToString(), ["Kind"] = "99" }, tokenFrom: page);
        Assert.Equal(HttpStatusCode.BadRequest, bogus.StatusCode);
    }

    [Fact]
    public async Task The_summary_is_in_the_language_asked_for_and_the_person_page_links_to_it()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString);
        var (_, _, _, applicants) = await SessionApplicants.CreateAsync(app, 4, 1, 0, screen: false);
        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var people = await admin.GetStringAsync(new Uri($"/People/Person?application={applicants[0].Id}", UriKind.Relative));
        Assert.Contains($"href=\"/Admin/Privacy/Person?application={applicants[0].Id}\"", people, StringComparison.Ordinal);

        var summary = await BodyAsync(await admin.GetAsync(new Uri($"/Admin/Privacy/Summary?application={applicants[0].Id}&language=en-CA", UriKind.Relative)));
        Assert.Contains("Personal information we hold about you", summary, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\" data-testid=\"personal-data-summary\"", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_applicant_asks_for_erasure_from_their_private_link_and_it_becomes_a_request_for_staff()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString);
        var (_, _, _, applicants) = await SessionApplicants.CreateAsync(app, 4, 1, 0, screen: false);
        var applicant = applicants[0];
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var status = $"/Public/Application/{applicant.Token}";

        var unconfirmed = await Forms.PostAsync(client, status + "?handler=Privacy", new() { ["kind"] = "Erasure" }, tokenFrom: status);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("Cochez la case pour confirmer que vous voulez l'effacement", await BodyAsync(unconfirmed), StringComparison.Ordinal);
        var forged = await Forms.PostAsync(client, status + "?handler=Privacy", new() { ["kind"] = "Everything" }, tokenFrom: status);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        for (var i = 0; i < 2; i++)
        {
            var asked = await Forms.PostAsync(client, status + "?handler=Privacy", new() { ["kind"] = "Erasure", ["ConfirmErasure"] = "true" }, tokenFrom: status);
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }

        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM privacy.requests WHERE application_id = '{applicant.Id}' AND kind = 'Erasure' AND channel = 'PrivateLink' AND received_by IS NULL AND done_at IS NULL"));
        var page = await BodyAsync(await client.GetAsync(new Uri(status + "?privacyAsked=Erasure", UriKind.Relative)));
        Assert.Contains("Nous avons reçu votre demande.", page, StringComparison.Ordinal);
        Assert.Contains("Demande en cours de traitement : Effacement", page, StringComparison.Ordinal);

        // Nothing was erased: staff decide.
        Assert.Contains("Personne0", await BodyAsync(await (await TestUsers.SignedInClientAsync(app, Roles.Admin)).GetAsync(new Uri("/Admin/Privacy", UriKind.Relative))), StringComparison.Ordinal);
    }
}
