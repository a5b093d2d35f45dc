using System.Net.Http.Json;
using Bootcamp.Identity;

namespace Bootcamp.IntegrationTests.Applications;

/// <summary>One database, one SMTP listener and one app for a test class, with a session open for applications (the
/// clock stands inside its window).</summary>
public sealed class ApplicationsFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);

    public string Db { get; private set; } = "";

    public SmtpListener Smtp { get; private set; } = null!;

    public BootcampAppFactory App { get; private set; } = null!;

    public Guid SessionId { get; private set; }

    public string SessionTitle { get; } = "Web & mobile — hiver 2027 " + Guid.NewGuid().ToString("N")[..6];

    public async Task InitializeAsync()
    {
        Db = await TestPostgres.CreateDatabaseAsync(nameof(ApplicationsFixture) + Guid.NewGuid().ToString("N")[..6]);
        Smtp = SmtpListener.Start();
        var settings = new Dictionary<string, string?>(Smtp.Settings) { ["Bootcamp:RateLimits:PublicFormsPerMinute"] = "10000" };
        App = new BootcampAppFactory(Db, settings: settings) { Clock = new ManualClock(Now) };
        var staff = await TestUsers.SignedInClientAsync(App, Roles.Staff);
        var track = await SessionRequests.CreateTrackAsync(staff);
        SessionId = await SessionRequests.ScheduleAsync(staff, SessionRequests.ValidSession(track, SessionTitle));
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(Db);
    }
}

internal static class ApplicationRequests
{
    public const string Motivation = "Je veux devenir développeuse web pour aider ma famille — motivation-secrète-42";

    public static Dictionary<string, object?> Profile(string email, string language = "fr-CA", string firstName = "Amina") => new()
    {
        ["firstName"] = firstName,
        ["lastName"] = "Diallo",
        ["email"] = email,
        ["phone"] = "+1 514 555 0101",
        ["preferredLanguage"] = language,
        ["residencyStatus"] = "AsylumClaimant",
        ["arrivedInCanadaOn"] = "2025-03-01",
        ["authorisedToWork"] = true,
        ["permitExpiresOn"] = "2027-06-30",
        ["highestEducation"] = "Licence",
        ["educationField"] = "Mathématiques",
        ["educationCountry"] = "Guinée",
        ["yearsOfWorkExperience"] = 4,
        ["languages"] = "français, peul, anglais",
        ["motivation"] = Motivation,
        ["confirmsEveningAvailability"] = true,
        ["needsLaptopLoan"] = true,
        ["howTheyHeard"] = "Un organisme",
        ["referringAgency"] = "PRAIDA",
    };

    public static object Body(string email, string? key = null, string language = "fr-CA", string firstName = "Amina") => new
    {
        profile = Profile(email, language, firstName),
        consents = new { programmeAdministration = true, followUpContact = true, aggregateReporting = false },
        idempotencyKey = key ?? Guid.NewGuid().ToString("N"),
    };

    public static Task<HttpResponseMessage> ApplyAsync(HttpClient client, Guid sessionId, object body) =>
        client.PostAsJsonAsync($"/api/public/sessions/{sessionId}/applications", body);

    public static string UniqueEmail(string name) => $"{name}.{Guid.NewGuid():N}@example.org";
}
