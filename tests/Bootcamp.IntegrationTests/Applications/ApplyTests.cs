using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bootcamp.IntegrationTests.Applications;

/// <summary>Applying over the public API and the public pages: one application per submission, sensitive answers
/// encrypted at rest, a confirmation email with a private link, friendly messages in the reader's language.</summary>
public sealed partial class ApplyTests(ApplicationsFixture fixture) : IClassFixture<ApplicationsFixture>
{
    private HttpClient Client() => fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Applying_over_the_api_stores_one_application_with_its_sensitive_answers_encrypted_and_three_consents()
    {
        var email = ApplicationRequests.UniqueEmail("amina");
        var response = await ApplicationRequests.ApplyAsync(Client(), fixture.SessionId, ApplicationRequests.Body(email));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        using var body = JsonDocument.Parse(json);
        var id = body.RootElement.GetProperty("applicationId").GetGuid();
        Assert.Single(body.RootElement.EnumerateObject()); // no token, nothing else
        Assert.Null(response.Headers.Location);

        Assert.Equal(1, await Sql.CountAsync(fixture.Db, $"SELECT count(*) FROM applications.applications WHERE email = '{email}'"));
        Assert.Equal(1, await Sql.CountAsync(fixture.Db, $"SELECT count(*) FROM applications.applications WHERE id = '{id}' AND category = 'Newcomer' AND status = 'Submitted'"));
        Assert.Equal(0, await Sql.CountAsync(fixture.Db,
            $"SELECT count(*) FROM applications.applications WHERE id = '{id}' AND (protected_profile LIKE '%motivation-secrète-42%' OR protected_profile LIKE '%AsylumClaimant%' OR protected_profile LIKE '%Guinée%')"));
        Assert.Equal(0, await Sql.CountAsync(fixture.Db,
            $"SELECT count(*) FROM applications.applications a WHERE a.id = '{id}' AND row_to_json(a)::text LIKE '%motivation-secrète-42%'"));
        Assert.Equal(3, await Sql.CountAsync(fixture.Db, $"SELECT count(*) FROM applications.consents WHERE application_id = '{id}' AND text_version <> ''"));
        Assert.Equal(1, await Sql.CountAsync(fixture.Db,
            $"SELECT count(*) FROM applications.consents WHERE application_id = '{id}' AND purpose = 'ProgrammeAdministration' AND granted"));
        Assert.Equal(1, await Sql.CountAsync(fixture.Db,
            $"SELECT count(*) FROM applications.consents WHERE application_id = '{id}' AND purpose = 'AggregateReporting' AND NOT granted"));
    }

    [Fact]
    public async Task Ten_concurrent_posts_of_one_submission_make_one_application_and_a_second_application_is_told_kindly()
    {
        var email = ApplicationRequests.UniqueEmail("double");
        var key = Guid.NewGuid().ToString("N");
        var client = Client();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            ApplicationRequests.ApplyAsync(client, fixture.SessionId, ApplicationRequests.Body(email, key))));

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, r.StatusCode.ToString()));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<Applied>())!.ApplicationId));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await Sql.CountAsync(fixture.Db, $"SELECT count(*) FROM applications.applications WHERE email = '{email}'"));

        var again = await ApplicationRequests.ApplyAsync(client, fixture.SessionId, ApplicationRequests.Body(email.ToUpperInvariant()));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Vous avez déjà postulé à cette session avec ce courriel.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await Sql.CountAsync(fixture.Db, $"SELECT count(*) FROM applications.applications WHERE email = '{email}'"));
    }

    [Fact]
    public async Task The_confirmation_email_is_in_the_applicants_language_and_its_private_link_opens_the_status_page()
    {
        var email = ApplicationRequests.UniqueEmail("omar");
        var response = await ApplicationRequests.ApplyAsync(Client(), fixture.SessionId, ApplicationRequests.Body(email, language: "en-CA", firstName: "Omarius"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var mail = await Eventually.MatchesAsync(
            () => Task.FromResult(fixture.Smtp.Messages.FirstOrDefault(m => m.Recipients.Contains(email))),
            m => m is not null, TimeSpan.FromSeconds(30));
        Assert.Equal($"Your application to {fixture.SessionTitle}", mail!.Subject);
        Assert.Equal("en-CA", mail.ContentLanguage);
        var link = LinkPattern().Match(mail.TextBody ?? "");
        Assert.True(link.Success, mail.TextBody);
        var token = link.Groups[1].Value;
        Assert.True(token.Length >= 43);
        Assert.DoesNotContain("@", link.Value, StringComparison.Ordinal);

        var client = Client();
        var page = await client.GetAsync(new Uri($"/Public/Application/{token}", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Omarius", html, StringComparison.Ordinal);
        Assert.Contains("Reçue, en cours d’examen", html, StringComparison.Ordinal);
        Assert.Contains(fixture.SessionTitle.Replace("&", "&amp;", StringComparison.Ordinal), html, StringComparison.Ordinal);
        Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());

        var status = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/public/applications/{token}", UriKind.Relative));
        Assert.Equal("Submitted", status.GetProperty("status").GetString());

        var wrong = await client.GetAsync(new Uri($"/Public/Application/{token[..^2]}xx", UriKind.Relative));
        var wrongHtml = await wrong.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.DoesNotContain("Omarius", wrongHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/public/applications/nope", UriKind.Relative))).StatusCode);

        // Withdrawing needs a confirmation: without the box ticked nothing changes.
        var antiforgery = await TestUsers.AntiforgeryTokenAsync(client, $"/Public/Application/{token}");
        using var unconfirmed = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery, ["Reason"] = "Nouvel emploi" });
        var refused = await client.PostAsync(new Uri($"/Public/Application/{token}", UriKind.Relative), unconfirmed);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Cochez la case", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await Sql.CountAsync(fixture.Db, $"SELECT count(*) FROM applications.applications WHERE email = '{email}' AND status = 'Submitted'"));

        using var confirmed = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["Reason"] = "Nouvel emploi", ["Confirm"] = "true",
        });
        var done = await client.PostAsync(new Uri($"/Public/Application/{token}", UriKind.Relative), confirmed);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(1, await Sql.CountAsync(fixture.Db, $"SELECT count(*) FROM applications.applications WHERE email = '{email}' AND status = 'Withdrawn'"));
        var after = await client.GetStringAsync(done.Headers.Location);
        Assert.Contains("Votre candidature est retirée.", after, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "Entrez votre prénom.", "Les cours ont lieu le soir")]
    [InlineData("en-CA", "Enter your first name.", "Classes are in the evening")]
    public async Task A_bad_application_form_shows_field_messages_in_the_readers_language_and_keeps_what_was_typed(string? culture, string firstNameMessage, string eveningMessage)
    {
        var client = Client();
        if (culture is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c={culture}|uic={culture}");
        }

        var email = ApplicationRequests.UniqueEmail("typed");
        var (antiforgery, key) = await FormTokensAsync(client);
        var response = await PostFormAsync(client, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["IdempotencyKey"] = key,
            ["Input.Profile.FirstName"] = "",
            ["Input.Profile.LastName"] = "Nom gardé tel quel",
            ["Input.Profile.Email"] = email,
            ["Input.Profile.PreferredLanguage"] = "fr-CA",
            ["Input.Profile.ResidencyStatus"] = "RefugeeOrProtectedPerson",
            ["Input.Profile.ArrivedInCanadaOn"] = "2024-05-02",
            ["Input.Profile.AuthorisedToWork"] = "true",
            ["Input.Profile.Motivation"] = "Ma motivation gardée",
            ["Input.Consents.ProgrammeAdministration"] = "true",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(firstNameMessage, html, StringComparison.Ordinal);
        Assert.Contains(eveningMessage, html, StringComparison.Ordinal);
        Assert.Contains("value=\"Nom gardé tel quel\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{email}\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"2024-05-02\"", html, StringComparison.Ordinal);
        Assert.Contains("Ma motivation gardée</textarea>", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{key}\"", html, StringComparison.Ordinal);
        Assert.Matches("value=\"RefugeeOrProtectedPerson\" selected", html);
        Assert.Equal(0, await Sql.CountAsync(fixture.Db, $"SELECT count(*) FROM applications.applications WHERE email = '{email}'"));
    }

    [Fact]
    public async Task A_good_application_form_redirects_to_the_thank_you_page_without_the_token_and_the_honeypot_stores_nothing()
    {
        var client = Client();
        var email = ApplicationRequests.UniqueEmail("form");
        var (antiforgery, key) = await FormTokensAsync(client);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery,
            ["IdempotencyKey"] = key,
            ["Input.Profile.FirstName"] = "Léa",
            ["Input.Profile.LastName"] = "Nguyen",
            ["Input.Profile.Email"] = email,
            ["Input.Profile.PreferredLanguage"] = "fr-CA",
            ["Input.Profile.ResidencyStatus"] = "PermanentResident",
            ["Input.Profile.ArrivedInCanadaOn"] = "2012-05-02",
            ["Input.Profile.AuthorisedToWork"] = "true",
            ["Input.Profile.ConfirmsEveningAvailability"] = "true",
            ["Input.Consents.ProgrammeAdministration"] = "true",
        };

        var robot = await PostFormAsync(client, new Dictionary<string, string>(fields) { ["Website"] = "http://spam.example" });
        Assert.Equal(HttpStatusCode.Redirect, robot.StatusCode);
        Assert.StartsWith("/Public/Applied", robot.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, await Sql.CountAsync(fixture.Db, $"SELECT count(*) FROM applications.applications WHERE email = '{email}'"));

        var first = await PostFormAsync(client, fields);
        var second = await PostFormAsync(client, fields); // a re-post of the same form
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Matches("^/Public/Applied\\?id=[0-9a-f-]{36}$", first.Headers.Location!.OriginalString);
        Assert.Equal(1, await Sql.CountAsync(fixture.Db, $"SELECT count(*) FROM applications.applications WHERE email = '{email}' AND category = 'EstablishedResident'"));
        var thanks = await client.GetStringAsync(first.Headers.Location);
        Assert.Contains("Nous vous avons envoyé un courriel avec un lien privé.", thanks, StringComparison.Ordinal);

        // Applying again with a new form: a friendly message, not an error page.
        var (antiforgery2, key2) = await FormTokensAsync(client);
        var again = await PostFormAsync(client, new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = antiforgery2, ["IdempotencyKey"] = key2 });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Vous avez déjà postulé à cette session avec ce courriel.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_sessions_page_offers_an_apply_button_and_an_unknown_session_is_a_404()
    {
        var client = Client();
        var html = await client.GetStringAsync(new Uri("/Public/Sessions", UriKind.Relative));
        Assert.Contains($"href=\"/Public/Apply/{fixture.SessionId}\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/Public/Apply/{Guid.NewGuid()}", UriKind.Relative))).StatusCode);
    }

    private async Task<(string Antiforgery, string Key)> FormTokensAsync(HttpClient client)
    {
        var html = await client.GetStringAsync(new Uri($"/Public/Apply/{fixture.SessionId}", UriKind.Relative));
        var antiforgery = await TestUsers.AntiforgeryTokenAsync(client, $"/Public/Apply/{fixture.SessionId}");
        var key = KeyPattern().Match(html);
        Assert.True(key.Success);
        Assert.DoesNotContain("checked", html.Split("consent-programme\"")[1].Split('>')[0], StringComparison.Ordinal);
        return (antiforgery, key.Groups[1].Value);
    }

    private Task<HttpResponseMessage> PostFormAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var form = new FormUrlEncodedContent(fields);
        return client.PostAsync(new Uri($"/Public/Apply/{fixture.SessionId}", UriKind.Relative), form);
    }

    [GeneratedRegex("/Public/Application/([A-Za-z0-9_-]+)")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("name=\"IdempotencyKey\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex KeyPattern();

    private sealed record Applied(Guid ApplicationId);
}
