using System.Net;
using System.Net.Http.Json;
using Bootcamp.Applications.Contracts;
using Bootcamp.Identity;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Applications;

/// <summary>Screening, preview and committed selection through the staff API, on a real database.</summary>
public sealed class SelectionTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset InWindow = new(2026, 11, 20, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Selection_previews_then_commits_seven_newcomers_and_three_residents_and_waitlists_the_rest_per_category()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(InWindow) };
        var (staff, sessionId) = await SessionWithApplicantsAsync(app, capacity: 10, newcomers: 12, residents: 5);

        var preview = await staff.GetFromJsonAsync<SelectionPreviewDto>($"/api/sessions/{sessionId}/selection/preview", Json.Options);
        Assert.Equal((7, 3), (preview!.NewcomerSeats, preview.ResidentSeats));
        Assert.Equal(10, preview.Lines.Count(l => l.Admitted));
        Assert.Equal(0, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM applications.applications WHERE session_id = '{sessionId}' AND status = 'Admitted'"));

        var commit = await staff.PostAsJsonAsync($"/api/sessions/{sessionId}/selection", new { rule = "ScoreThenSubmission" }, Json.Options);
        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);

        var list = await staff.GetFromJsonAsync<ApplicationListDto>($"/api/sessions/{sessionId}/applications?pageSize=100", Json.Options);
        var newcomer = list!.Counts.Single(c => c.Category == ApplicantCategory.Newcomer);
        var resident = list.Counts.Single(c => c.Category == ApplicantCategory.EstablishedResident);
        Assert.Equal((7, 5), (newcomer.Admitted, newcomer.Waitlisted));
        Assert.Equal((3, 2), (resident.Admitted, resident.Waitlisted));

        // Waitlist ranks run 1..n within each category, and nobody waitlisted outscored someone admitted.
        foreach (var category in Enum.GetValues<ApplicantCategory>())
        {
            var mine = list.Applications.Items.Where(a => a.Category == category).ToList();
            Assert.Equal(Enumerable.Range(1, mine.Count(a => a.Status == ApplicationStatus.Waitlisted)), mine.Where(a => a.WaitlistRank is not null).Select(a => a.WaitlistRank!.Value).Order());
            var lowestAdmitted = mine.Where(a => a.Status == ApplicationStatus.Admitted).Min(a => a.Score);
            Assert.All(mine.Where(a => a.Status == ApplicationStatus.Waitlisted), a => Assert.True(a.Score <= lowestAdmitted));
        }

        Assert.Equal(17, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM applications.selection_decisions WHERE session_id = '{sessionId}'"));
        Assert.Equal(10, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM applications.outbox_messages WHERE type LIKE '%ApplicantAdmitted' AND payload::text LIKE '%{sessionId}%'"));
    }

    [Fact]
    public async Task Concurrent_commits_never_hand_out_more_seats_than_the_session_has()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(InWindow) };
        var (staff, sessionId) = await SessionWithApplicantsAsync(app, capacity: 10, newcomers: 20, residents: 10);

        var commits = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            staff.PostAsJsonAsync($"/api/sessions/{sessionId}/selection", new { rule = "ScoreThenSubmission" }, Json.Options)));

        Assert.All(commits, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(10, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM applications.applications WHERE session_id = '{sessionId}' AND status = 'Admitted'"));
        Assert.Equal(7, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM applications.applications WHERE session_id = '{sessionId}' AND status = 'Admitted' AND category = 'Newcomer'"));
    }

    [Fact]
    public async Task A_second_run_after_the_window_closed_never_refills_seats_taken_by_spill_over()
    {
        var clock = new ManualClock(InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = clock };
        var (_, sessionId) = await SessionWithApplicantsAsync(app, capacity: 10, newcomers: 10, residents: 1);
        clock.Set(new DateTimeOffset(2027, 1, 5, 15, 0, 0, TimeSpan.Zero)); // the day after applications closed
        var staff = await TestUsers.SignedInClientAsync(app, Roles.Staff);

        foreach (var run in new[] { 1, 2, 3 })
        {
            var commit = await staff.PostAsJsonAsync($"/api/sessions/{sessionId}/selection", new { rule = "ScoreThenSubmission" }, Json.Options);
            Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
            // 7 newcomer seats and 3 resident seats: 1 resident, and 2 newcomers in the seats no resident could fill.
            Assert.Equal(10, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM applications.applications WHERE session_id = '{sessionId}' AND status = 'Admitted'"));
        }
    }

    [Fact]
    public async Task Capacity_cannot_be_cut_below_the_seats_already_given()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(InWindow) };
        var (staff, sessionId) = await SessionWithApplicantsAsync(app, capacity: 25, newcomers: 12, residents: 6);
        (await staff.PostAsJsonAsync($"/api/sessions/{sessionId}/selection", new { rule = "ScoreThenSubmission" }, Json.Options)).EnsureSuccessStatusCode();
        var session = await staff.GetFromJsonAsync<Bootcamp.Sessions.Contracts.SessionDto>($"/api/sessions/{sessionId}", Json.Options);

        var cut = await staff.PutAsJsonAsync($"/api/sessions/{sessionId}", new { details = session!.Details with { Capacity = 10 }, version = session.Version }, Json.Options);

        Assert.Equal(HttpStatusCode.BadRequest, cut.StatusCode);
        Assert.Contains("18 places déjà attribuées", await cut.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(25, (await staff.GetFromJsonAsync<Bootcamp.Sessions.Contracts.SessionDto>($"/api/sessions/{sessionId}", Json.Options))!.Details.Capacity);

        var kept = await staff.PutAsJsonAsync($"/api/sessions/{sessionId}", new { details = session.Details with { Capacity = 18 }, version = session.Version }, Json.Options);
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
    }

    [Fact]
    public async Task Ineligible_applications_need_a_reason_and_are_never_selected()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(InWindow) };
        var (staff, sessionId) = await SessionWithApplicantsAsync(app, capacity: 4, newcomers: 2, residents: 0, screen: false);
        var list = await staff.GetFromJsonAsync<ApplicationListDto>($"/api/sessions/{sessionId}/applications", Json.Options);
        var (first, second) = (list!.Applications.Items[0].Id, list.Applications.Items[1].Id);

        var noReason = await staff.PostAsJsonAsync($"/api/applications/{first}/screening", new { eligible = false });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("admissible", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        (await staff.PostAsJsonAsync($"/api/applications/{first}/screening", new { eligible = false, reason = "Pas disponible le soir" })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/applications/{second}/screening", new { eligible = true, score = 7 })).EnsureSuccessStatusCode();
        await staff.PostAsJsonAsync($"/api/sessions/{sessionId}/selection", new { rule = "ScoreThenSubmission" }, Json.Options);

        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM applications.applications WHERE session_id = '{sessionId}' AND status = 'Admitted'"));
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM applications.applications WHERE session_id = '{sessionId}' AND status = 'Ineligible'"));
    }

    private static async Task<(HttpClient Staff, Guid SessionId)> SessionWithApplicantsAsync(
        BootcampAppFactory app, int capacity, int newcomers, int residents, bool screen = true)
    {
        var (staff, sessionId, _, _) = await SessionApplicants.CreateAsync(app, capacity, newcomers, residents, screen);
        return (staff, sessionId);
    }

    private static class Json
    {
        public static System.Text.Json.JsonSerializerOptions Options => SessionApplicants.Json;
    }
}
