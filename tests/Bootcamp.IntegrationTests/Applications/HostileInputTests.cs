using System.Net;
using System.Net.Http.Json;
using Bootcamp.Identity;

namespace Bootcamp.IntegrationTests.Applications;

/// <summary>Odd and hostile text on the public application API answers 4xx and stores nothing (one rule for all text).</summary>
public sealed class HostileInputTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
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
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var staff = await TestUsers.SignedInClientAsync(app, Roles.Staff);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var sessionId = await SessionRequests.ScheduleAsync(staff, SessionRequests.ValidSession(await SessionRequests.CreateTrackAsync(staff, "P " + suffix, "T " + suffix)));
        using var visitor = app.CreateClient();
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

        using var response = await visitor.PostAsJsonAsync($"/api/public/sessions/{sessionId}/applications", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("caractères de contrôle", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM applications.applications WHERE session_id = '{sessionId}'"));
    }
}
