using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bootcamp.IntegrationTests.Applications;

/// <summary>The applicant updates their phone and language through the private link: over the API and the
/// page, field messages in the reader's language, never the email, and never once the application is withdrawn.</summary>
public sealed class ContactDetailsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_api_updates_phone_and_language_but_never_the_email_and_explains_bad_values()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var (_, _, _, applicants) = await SessionApplicants.CreateAsync(app, capacity: 4, newcomers: 1, residents: 1, screen: false);
        var applicant = applicants[1]; // applied in French
        var visitor = app.CreateClient();

        var ok = await visitor.PostAsJsonAsync($"/api/public/applications/{applicant.Token}/contact",
            new { phone = " +1 438 555 0199 ", preferredLanguage = "en-CA", email = "someone.else@example.org" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(applicant.Id, (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetGuid());

        var status = await visitor.GetFromJsonAsync<JsonElement>(new Uri($"/api/public/applications/{applicant.Token}", UriKind.Relative));
        Assert.Equal("+1 438 555 0199", status.GetProperty("phone").GetString());
        Assert.Equal("en-CA", status.GetProperty("preferredLanguage").GetString());
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.applications WHERE id = '{applicant.Id}' AND phone = '+1 438 555 0199' AND preferred_language = 'en-CA' AND email LIKE 'p1-%@example.org'"));
        Assert.Equal(0, await Sql.CountAsync(database.ConnectionString, "SELECT count(*) FROM applications.applications WHERE email LIKE 'someone.else%'"));

        // An empty phone removes it: the phone is optional.
        (await visitor.PostAsJsonAsync($"/api/public/applications/{applicant.Token}/contact", new { phone = "", preferredLanguage = "fr-CA" })).EnsureSuccessStatusCode();
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.applications WHERE id = '{applicant.Id}' AND phone IS NULL AND preferred_language = 'fr-CA'"));

        var bad = await visitor.PostAsJsonAsync($"/api/public/applications/{applicant.Token}/contact", new { phone = "appelez-moi", preferredLanguage = "de-DE" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var messages = Messages(await bad.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Contains("Entrez un numéro de téléphone en chiffres (espaces, tirets et + acceptés).", messages);
        Assert.Contains("Choisissez le français ou l'anglais.", messages);
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.applications WHERE id = '{applicant.Id}' AND phone IS NULL AND preferred_language = 'fr-CA'"));

        var unknown = await visitor.PostAsJsonAsync($"/api/public/applications/{applicant.Token[..^2]}zz/contact", new { phone = "514 555 0100", preferredLanguage = "fr-CA" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_page_shows_field_messages_keeps_what_was_typed_and_confirms_a_change()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var (_, _, _, applicants) = await SessionApplicants.CreateAsync(app, capacity: 4, newcomers: 2, residents: 0, screen: false);
        var applicant = applicants[1];
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = $"/Public/Application/{applicant.Token}";

        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("Vos coordonnées", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Contact.Phone\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Contact.Email\"", html, StringComparison.Ordinal);
        var antiforgery = await TestUsers.AntiforgeryTokenAsync(client, page);

        using var wrong = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["Contact.Phone"] = "pas-un-numero", ["Contact.PreferredLanguage"] = "en-CA",
        });
        var refused = await client.PostAsync(new Uri(page + "?handler=Contact", UriKind.Relative), wrong);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Certains champs demandent votre attention.", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("<span id=\"contact-phone-error\" class=\"field-error\">Entrez un num", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("value=\"pas-un-numero\"", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.applications WHERE id = '{applicant.Id}' AND phone IS NULL AND preferred_language = 'fr-CA'"));

        using var right = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["Contact.Phone"] = "514-555-0123", ["Contact.PreferredLanguage"] = "en-CA",
        });
        var saved = await client.PostAsync(new Uri(page + "?handler=Contact", UriKind.Relative), right);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await client.GetStringAsync(saved.Headers.Location);
        Assert.Contains("Vos coordonnées sont à jour.", after, StringComparison.Ordinal);
        Assert.Contains("value=\"514-555-0123\"", after, StringComparison.Ordinal);
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.applications WHERE id = '{applicant.Id}' AND phone = '514-555-0123' AND preferred_language = 'en-CA'"));
    }

    [Fact]
    public async Task A_withdrawn_application_cannot_be_changed()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var (_, _, _, applicants) = await SessionApplicants.CreateAsync(app, capacity: 4, newcomers: 2, residents: 0, screen: false);
        var applicant = applicants[1];
        var visitor = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await visitor.PostAsJsonAsync($"/api/public/applications/{applicant.Token}/withdraw", new { reason = "Nouvel emploi" })).EnsureSuccessStatusCode();

        var refused = await visitor.PostAsJsonAsync($"/api/public/applications/{applicant.Token}/contact", new { phone = "514 555 0100", preferredLanguage = "en-CA" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Cette candidature a été retirée : ses coordonnées ne peuvent plus être modifiées.",
            (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.applications WHERE id = '{applicant.Id}' AND status = 'Withdrawn' AND phone IS NULL AND preferred_language = 'fr-CA'"));

        // The page no longer offers the form, and a stale form posted anyway is told why.
        var page = $"/Public/Application/{applicant.Token}";
        var html = await visitor.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.DoesNotContain("data-testid=\"contact-form\"", html, StringComparison.Ordinal);
        var antiforgery = await TestUsers.AntiforgeryTokenAsync(visitor, page);
        using var stale = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["Contact.Phone"] = "514 555 0100", ["Contact.PreferredLanguage"] = "en-CA",
        });
        var response = await visitor.PostAsync(new Uri(page + "?handler=Contact", UriKind.Relative), stale);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Cette candidature a été retirée", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static List<string> Messages(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().SelectMany(p => p.Value.EnumerateArray().Select(m => m.GetString()!)).ToList();
}
