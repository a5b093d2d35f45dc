using System.Net.Http.Json;
using Bootcamp.Identity;

namespace Bootcamp.IntegrationTests.Sessions;

/// <summary>Editing a running session's schedule regenerates future meetings only; the past (and its attendance)
/// stays as it was.</summary>
public sealed class ClassMeetingRegenerationTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Changing_the_evenings_mid_session_keeps_past_meetings_and_regenerates_the_rest()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = clock };
        var staff = await TestUsers.SignedInClientAsync(app, Roles.Staff);
        var track = await SessionRequests.CreateTrackAsync(staff, "Réalité virtuelle", "Virtual reality");
        var session = SessionRequests.ValidSession(track, "Réalité virtuelle — hiver 2027");
        var id = await SessionRequests.ScheduleAsync(staff, session);
        await Eventually.MatchesAsync(() => MeetingsAsync(staff, id), m => m.Count == SessionRequests.ValidSessionMeetings);

        // Three weeks in (Monday 1 February 2027 in Montréal), classes move to Tuesday and Thursday.
        clock.Set(new DateTimeOffset(2027, 2, 1, 17, 0, 0, TimeSpan.Zero));
        staff = await TestUsers.SignedInClientAsync(app, Roles.Staff); // two months later the old sign-in has expired
        var current = await staff.GetFromJsonAsync<SessionRequests.SessionView>($"/api/sessions/{id}");
        session["days"] = new[] { "Tuesday", "Thursday" };
        (await staff.PutAsJsonAsync($"/api/sessions/{id}", new { details = session, version = current!.Version })).EnsureSuccessStatusCode();

        var meetings = await Eventually.MatchesAsync(
            () => MeetingsAsync(staff, id),
            m => m.Any(x => x.Date.DayOfWeek == DayOfWeek.Tuesday));
        var past = meetings.Where(m => m.Date < new DateOnly(2027, 2, 1)).ToList();
        var future = meetings.Where(m => m.Date >= new DateOnly(2027, 2, 1)).ToList();

        Assert.Equal(6, past.Count); // 11, 13, 18, 20, 25, 27 January: untouched
        Assert.All(past, m => Assert.Contains(m.Date.DayOfWeek, new[] { DayOfWeek.Monday, DayOfWeek.Wednesday }));
        Assert.Equal(
            [new(2027, 2, 2), new(2027, 2, 4), new(2027, 2, 9), new(2027, 2, 11), new(2027, 2, 16)],
            future.Select(m => m.Date).ToArray());
    }

    private static async Task<List<Meeting>> MeetingsAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<List<Meeting>>($"/api/sessions/{id}/meetings"))!;

    private sealed record Meeting(Guid Id, DateOnly Date);
}
