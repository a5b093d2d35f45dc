using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bootcamp.IntegrationTests.Applications;

/// <summary>Odd and hostile input on the public application API and form answers 4xx and stores nothing: one rule for
/// all text, one for enum values, one for e-mail addresses.</summary>
public sealed class HostileInputTests(ApplicationsFixture fixture) : IClassFixture<ApplicationsFixture>
{
    public static TheoryData<string, string, string> ControlCharacters() => new()
    {
        { "a NUL in the first name", "Ana\u0000", "key-" },
        { "a NUL in the idempotency key", "Ana", "key-\u0000" },
        { "a bell in the last name", "Ana", "key-" },
        { "an escape in the motivation", "Ana", "key-" },
    };

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public async Task Control_characters_anywhere_in_an_application_answer_400_and_store_nothing(string what, string firstName, string key)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        using var visitor = fixture.App.CreateClient();
        var body = new
        {
            profile = new
            {
                firstName,
                lastName = what.Contains("bell", StringComparison.Ordinal) ? "Lima\u0007" : "Lima",
                email = $"ana-{suffix}@example.org",
                preferredLanguage = "fr-CA",
                residencyStatus = "AsylumClaimant",
                authorisedToWork = true,
                confirmsEveningAvailability = true,
                motivation = what.Contains("escape", StringComparison.Ordinal) ? "Je veux \u001b[31m coder." : "Je veux coder.",
            },
            consents = new { programmeAdministration = true, followUpContact = true, aggregateReporting = true },
            idempotencyKey = key + suffix,
        };

        using var response = await visitor.PostAsJsonAsync($"/api/public/sessions/{fixture.SessionId}/applications", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("caractères de contrôle", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await Sql.CountAsync(fixture.Db, $"SELECT count(*) FROM applications.applications WHERE email = 'ana-{suffix}@example.org'"));
    }

    /// <summary>"AsylumClaimant,PermanentResident" is 1|2, which is TemporaryResidentWorkPermit: a combined value or a
    /// number is a value nobody chose. The raw JSON of the residency status.</summary>
    [Theory]
    [InlineData("\"AsylumClaimant,PermanentResident\"")]
    [InlineData("\"AsylumClaimant, Citizen\"")]
    [InlineData("\"7\"")]
    [InlineData("\"2\"")]
    [InlineData("99")]
    [InlineData("2")]
    [InlineData("\"\"")]
    public async Task A_combined_or_numeric_residency_status_over_the_api_answers_400_and_stores_nothing(string residencyJson)
    {
        var email = ApplicationRequests.UniqueEmail("enum");
        var json = JsonSerializer.Serialize(ApplicationRequests.Body(email)).Replace("\"AsylumClaimant\"", residencyJson, StringComparison.Ordinal);
        using var visitor = fixture.App.CreateClient();

        using var response = await visitor.PostAsync(
            new Uri($"/api/public/sessions/{fixture.SessionId}/applications", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("profile.residencyStatus", out _), problem.RootElement.ToString());
        Assert.Equal(0, await Sql.CountAsync(fixture.Db, $"SELECT count(*) FROM applications.applications WHERE email = '{email}'"));
    }

    [Theory]
    [InlineData("AsylumClaimant,PermanentResident")]
    [InlineData("AsylumClaimant, Citizen")]
    [InlineData("7")]
    [InlineData("2")]
    [InlineData("99")]
    public async Task A_combined_or_numeric_residency_status_in_the_form_answers_400_and_stores_nothing(string residency)
    {
        var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var email = ApplicationRequests.UniqueEmail("enum-form");

        var response = await Forms.PostAsync(client, $"/Public/Apply/{fixture.SessionId}", new Dictionary<string, string>
        {
            ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
            ["Input.Profile.FirstName"] = "Léa",
            ["Input.Profile.LastName"] = "Nguyen",
            ["Input.Profile.Email"] = email,
            ["Input.Profile.PreferredLanguage"] = "fr-CA",
            ["Input.Profile.ResidencyStatus"] = residency,
            ["Input.Profile.AuthorisedToWork"] = "true",
            ["Input.Profile.ConfirmsEveningAvailability"] = "true",
            ["Input.Consents.ProgrammeAdministration"] = "true",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await Sql.CountAsync(fixture.Db, $"SELECT count(*) FROM applications.applications WHERE email = '{email}'"));
    }

    /// <summary>Addresses the mail sender could not use, or would read as something else than what was typed.</summary>
    [Theory]
    [InlineData("\"><img/src=x/onerror=alert(3)>@example.org")]
    [InlineData("ana@example.org, boss@example.org")]
    [InlineData("Ana <ana@example.org>")]
    [InlineData("ana@example.org (Ana)")]
    [InlineData("\"ana lima\"@example.org")]
    [InlineData("ana..lima@example.org")]
    [InlineData("ana@[127.0.0.1]")]
    [InlineData("ana@localhost")]
    [InlineData("ana@-example.org")]
    [InlineData("anaïs@example.org")]
    public async Task An_address_the_mail_sender_would_refuse_answers_400_over_the_api_and_the_form_and_stores_nothing(string email)
    {
        using var visitor = fixture.App.CreateClient();
        var key = Guid.NewGuid().ToString("N");

        using var api = await ApplicationRequests.ApplyAsync(visitor, fixture.SessionId, ApplicationRequests.Body(email, key));

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("\"profile.Email\"", await api.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await Forms.PostAsync(client, $"/Public/Apply/{fixture.SessionId}", new Dictionary<string, string>
        {
            ["IdempotencyKey"] = key,
            ["Input.Profile.FirstName"] = "Léa",
            ["Input.Profile.LastName"] = "Nguyen",
            ["Input.Profile.Email"] = email,
            ["Input.Profile.PreferredLanguage"] = "fr-CA",
            ["Input.Profile.ResidencyStatus"] = "PermanentResident",
            ["Input.Profile.AuthorisedToWork"] = "true",
            ["Input.Profile.ConfirmsEveningAvailability"] = "true",
            ["Input.Consents.ProgrammeAdministration"] = "true",
        });

        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Equal(0, await Sql.CountAsync(fixture.Db, $"SELECT count(*) FROM applications.applications WHERE idempotency_key = '{key}'"));
        Assert.Equal(0, await Sql.CountAsync(fixture.Db, $"SELECT count(*) FROM mail.outgoing_mails WHERE to_address = '{email.Replace("'", "''", StringComparison.Ordinal)}'"));
    }
}
