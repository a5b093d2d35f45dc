using System.Net;
using System.Net.Http.Json;
using Bootcamp.Identity;

namespace Bootcamp.IntegrationTests.Sessions;

/// <summary>Staff withdraw a participant from the roster page, with a confirmation and a reason; "found a job before the
/// end" reaches the placement director as a lead.</summary>
public sealed class RosterWithdrawalTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_withdrawal_needs_a_reason_shows_on_the_roster_and_a_found_job_becomes_a_placement_lead()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var session = await TaughtSessions.CreateAsync(app, 3, "omar.teacher@tests.bootcamp.local");
        var leaving = session.Participants[1];
        var page = $"/Staff/Sessions/Roster?id={session.SessionId}&withdraw={leaving.Id}";

        // The confirmation step names the person; without a reason nothing happens.
        var confirm = await session.Staff.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("data-testid=\"withdraw-form\"", confirm, StringComparison.Ordinal);
        Assert.Contains($"{leaving.FirstName} {leaving.LastName}", confirm, StringComparison.Ordinal);
        var token = await TestUsers.AntiforgeryTokenAsync(session.Staff, page);
        using (var noReason = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Note"] = "Poste de développeuse junior" }))
        {
            var refused = await session.Staff.PostAsync(new Uri(page, UriKind.Relative), noReason);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Contains("Choisissez un motif.", html, StringComparison.Ordinal);
            Assert.Contains("Poste de développeuse junior", html, StringComparison.Ordinal);
        }

        using (var withReason = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Reason"] = "FoundJob", ["Note"] = "Poste de développeuse junior",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await session.Staff.PostAsync(new Uri(page, UriKind.Relative), withReason)).StatusCode);
        }

        var roster = await session.Staff.GetStringAsync(new Uri($"/Staff/Sessions/Roster?id={session.SessionId}", UriKind.Relative));
        Assert.Contains("A trouvé un emploi avant la fin", roster, StringComparison.Ordinal);
        Assert.Contains("2 inscrits, 1 retirés.", roster, StringComparison.Ordinal);

        // The placement director sees the lead once the event has crossed the outbox.
        var director = await TestUsers.SignedInClientAsync(app, Roles.PlacementDirector);
        var leads = await Eventually.MatchesAsync(
            () => director.GetStringAsync(new Uri("/Placements/Leads", UriKind.Relative)),
            html => html.Contains(leaving.Email, StringComparison.Ordinal));
        Assert.Contains($"{leaving.FirstName} {leaving.LastName}", leads, StringComparison.Ordinal);

        // The withdrawn person is no longer on tonight's sheet.
        var sheet = await session.Staff.GetFromJsonAsync<Sheet>($"/api/teaching/meetings/{(await FirstMeetingAsync(session))}/attendance", SessionApplicants.Json);
        Assert.DoesNotContain(sheet!.Rows, r => r.ParticipantId == leaving.Id);
        Assert.Equal(2, sheet.Rows.Count);
    }

    private static async Task<Guid> FirstMeetingAsync(TaughtSession session) =>
        (await session.Staff.GetFromJsonAsync<List<MeetingRef>>($"/api/sessions/{session.SessionId}/meetings", SessionApplicants.Json))![0].Id;

    private sealed record MeetingRef(Guid Id);

    private sealed record Sheet(List<Row> Rows);

    private sealed record Row(Guid ParticipantId);
}
