using System.Net.Http.Json;

namespace Bootcamp.IntegrationTests.Sessions;

internal static class SessionRequests
{
    /// <summary>A valid six-week Monday/Wednesday evening session: 12 class meetings.</summary>
    public static object ValidSession(string title = "Web & mobile — hiver") => new
    {
        title,
        track = "Web & mobile",
        startDate = "2027-01-11",
        endDate = "2027-02-17",
        days = new[] { "Monday", "Wednesday" },
        startsAt = "18:00:00",
        endsAt = "21:00:00",
        capacity = 25,
        newcomerSharePercent = 70,
    };

    public const int ValidSessionMeetings = 12;

    public static async Task<Guid> ScheduleAsync(HttpClient client, object? session = null)
    {
        var response = await client.PostAsJsonAsync("/api/sessions", session ?? ValidSession());
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<CreatedId>();
        return body!.Id;
    }

    internal sealed record CreatedId(Guid Id);
}
