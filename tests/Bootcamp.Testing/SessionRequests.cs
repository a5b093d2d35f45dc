using System.Net.Http.Json;

namespace Bootcamp.Testing;

public static class SessionRequests
{
    /// <summary>A valid six-week Monday/Wednesday evening session: 12 class meetings.</summary>
    public static Dictionary<string, object?> ValidSession(Guid trackId, string title = "Web & mobile — hiver 2027") => new()
    {
        ["trackId"] = trackId,
        ["title"] = title,
        ["startDate"] = "2027-01-11",
        ["endDate"] = "2027-02-17",
        ["days"] = new[] { "Monday", "Wednesday" },
        ["startsAt"] = "18:00:00",
        ["endsAt"] = "21:00:00",
        ["delivery"] = "InPerson",
        ["location"] = "2000, boul. Saint-Joseph Est, Montréal",
        ["capacity"] = 25,
        ["newcomerSharePercent"] = 70,
        ["applicationOpensOn"] = "2026-11-01",
        ["applicationClosesOn"] = "2027-01-04",
    };

    public const int ValidSessionMeetings = 12;

    public static async Task<Guid> CreateTrackAsync(HttpClient client, string nameFr = "Développement web", string nameEn = "Web development")
    {
        var response = await client.PostAsJsonAsync("/api/tracks", new { nameFr, nameEn });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CreatedId>())!.Id;
    }

    public static async Task<Guid> ScheduleAsync(HttpClient client, object session)
    {
        var response = await client.PostAsJsonAsync("/api/sessions", session);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return (await response.Content.ReadFromJsonAsync<CreatedId>())!.Id;
    }

    /// <summary>The part of <c>GET /api/sessions/{id}</c> the tests read: the version an edit must send back.</summary>
    public sealed record SessionView(Guid Id, uint Version, DetailsView Details);

    public sealed record DetailsView(string Title);

    internal sealed record CreatedId(Guid Id);
}
