using System.Net;
using System.Net.Http.Json;
using Bootcamp.Applications.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Applications;

/// <summary>Confirmation deadlines, same-category offers and staff promotions.</summary>
public sealed class WaitlistTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_confirmed_seat_enrols_the_participant_on_the_session_roster()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var (staff, sessionId, _, applicants) = await SessionApplicants.CreateAsync(app, capacity: 4, newcomers: 3, residents: 2);
        await staff.PostAsJsonAsync($"/api/sessions/{sessionId}/selection", new { rule = "ScoreThenSubmission" });
        var visitor = app.CreateClient();

        var first = applicants[0];
        Assert.Equal(HttpStatusCode.OK, (await visitor.PostAsync(new Uri($"/api/public/applications/{first.Token}/confirm", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.PostAsync(new Uri($"/api/public/applications/{first.Token}/confirm", UriKind.Relative), null)).StatusCode);

        var roster = await Eventually.MatchesAsync(
            () => staff.GetFromJsonAsync<List<RosterLine>>($"/api/sessions/{sessionId}/roster")!,
            r => r!.Count == 1);
        Assert.Equal("Personne0", roster![0].FirstName);

        // A waitlisted person has no seat to confirm.
        var list = await SessionApplicants.ListAsync(staff, sessionId);
        var someoneWaiting = list.Applications.Items.First(a => a.Status == ApplicationStatus.Waitlisted);
        var token = applicants.Single(a => a.Id == someoneWaiting.Id).Token;
        var refused = await visitor.PostAsync(new Uri($"/api/public/applications/{token}/confirm", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }

    [Fact]
    public async Task An_unconfirmed_seat_is_released_after_its_deadline_and_offered_to_the_next_person_of_the_same_category()
    {
        // Its own database: releasing is global, and other tests' admitted applicants would expire too.
        var own = await TestPostgres.CreateDatabaseAsync("release");
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(own) { Clock = clock };
        var (staff, sessionId, _, applicants) = await SessionApplicants.CreateAsync(app, capacity: 10, newcomers: 9, residents: 5);
        await staff.PostAsJsonAsync($"/api/sessions/{sessionId}/selection", new { rule = "ScoreThenSubmission" });

        // Every admitted person confirms except the first resident.
        var before = await SessionApplicants.ListAsync(staff, sessionId);
        var lateResident = before.Applications.Items.First(a => a.Category == ApplicantCategory.EstablishedResident && a.Status == ApplicationStatus.Admitted);
        var nextResident = before.Applications.Items.Single(a => a.Category == ApplicantCategory.EstablishedResident && a.WaitlistRank == 1);
        var visitor = app.CreateClient();
        foreach (var admitted in before.Applications.Items.Where(a => a.Status == ApplicationStatus.Admitted && a.Id != lateResident.Id))
        {
            (await visitor.PostAsync(new Uri($"/api/public/applications/{applicants.Single(x => x.Id == admitted.Id).Token}/confirm", UriKind.Relative), null)).EnsureSuccessStatusCode();
        }

        clock.Advance(TimeSpan.FromDays(6)); // the default deadline is 5 days
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ReleaseExpiredSeats()));
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ReleaseExpiredSeats()));
        }

        staff = await TestUsers.SignedInClientAsync(app, Bootcamp.Identity.Roles.Staff); // six days later the sign-in has expired
        var after = await SessionApplicants.ListAsync(staff, sessionId);
        Assert.Equal(ApplicationStatus.Released, after.Applications.Items.Single(a => a.Id == lateResident.Id).Status);
        Assert.Equal(ApplicationStatus.Admitted, after.Applications.Items.Single(a => a.Id == nextResident.Id).Status);
        Assert.Equal(
            Enumerable.Range(1, after.Applications.Items.Count(a => a.Category == ApplicantCategory.EstablishedResident && a.Status == ApplicationStatus.Waitlisted)),
            after.Applications.Items.Where(a => a.Category == ApplicantCategory.EstablishedResident && a.WaitlistRank is not null).Select(a => a.WaitlistRank!.Value).Order());
        Assert.Equal(0, after.Counts.Single(c => c.Category == ApplicantCategory.Newcomer).Waitlisted - before.Counts.Single(c => c.Category == ApplicantCategory.Newcomer).Waitlisted);

        var late = await visitor.PostAsync(new Uri($"/api/public/applications/{applicants.Single(x => x.Id == lateResident.Id).Token}/confirm", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("délai", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await Sql.CountAsync(own, $"SELECT count(*) FROM applications.selection_decisions WHERE session_id = '{sessionId}' AND rule = 'WaitlistAfterRelease'"));
    }

    [Fact]
    public async Task A_withdrawal_offers_the_seat_to_the_next_person_of_the_same_category()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var (staff, sessionId, _, applicants) = await SessionApplicants.CreateAsync(app, capacity: 10, newcomers: 10, residents: 4);
        await staff.PostAsJsonAsync($"/api/sessions/{sessionId}/selection", new { rule = "ScoreThenSubmission" });
        var before = await SessionApplicants.ListAsync(staff, sessionId);
        var leaving = before.Applications.Items.First(a => a.Category == ApplicantCategory.Newcomer && a.Status == ApplicationStatus.Admitted);
        var next = before.Applications.Items.Single(a => a.Category == ApplicantCategory.Newcomer && a.WaitlistRank == 1);

        (await app.CreateClient().PostAsJsonAsync($"/api/public/applications/{applicants.Single(a => a.Id == leaving.Id).Token}/withdraw", new { reason = "J'ai trouvé un emploi" })).EnsureSuccessStatusCode();

        var after = await SessionApplicants.ListAsync(staff, sessionId);
        Assert.Equal(ApplicationStatus.Withdrawn, after.Applications.Items.Single(a => a.Id == leaving.Id).Status);
        Assert.Equal(ApplicationStatus.Admitted, after.Applications.Items.Single(a => a.Id == next.Id).Status);
        Assert.Equal(before.Counts.Single(c => c.Category == ApplicantCategory.EstablishedResident), after.Counts.Single(c => c.Category == ApplicantCategory.EstablishedResident));
    }

    [Fact]
    public async Task Fifty_simultaneous_promotions_for_ten_free_seats_take_exactly_ten_and_tell_the_rest_why()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var (staff, sessionId, session, _) = await SessionApplicants.CreateAsync(app, capacity: 10, newcomers: 40, residents: 20);
        await staff.PostAsJsonAsync($"/api/sessions/{sessionId}/selection", new { rule = "ScoreThenSubmission" });

        // The venue found ten more chairs: ten seats are free, fifty people wait.
        var current = await staff.GetFromJsonAsync<SessionRequests.SessionView>($"/api/sessions/{sessionId}");
        session["capacity"] = 20;
        (await staff.PutAsJsonAsync($"/api/sessions/{sessionId}", new { details = session, version = current!.Version })).EnsureSuccessStatusCode();
        var waiting = (await SessionApplicants.ListAsync(staff, sessionId)).Applications.Items.Where(a => a.Status == ApplicationStatus.Waitlisted).ToList();
        Assert.Equal(50, waiting.Count);

        var responses = await Task.WhenAll(waiting.Select(a =>
            staff.PostAsJsonAsync($"/api/applications/{a.Id}/promotion", new { reason = "Places ajoutées" })));

        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var refused = responses.Where(r => r.StatusCode == HttpStatusCode.Conflict).ToList();
        Assert.Equal(40, refused.Count);
        Assert.All(await Task.WhenAll(refused.Select(r => r.Content.ReadAsStringAsync())), body => Assert.Contains("Toutes les places", body, StringComparison.Ordinal));
        Assert.Equal(20, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM applications.applications WHERE session_id = '{sessionId}' AND status = 'Admitted'"));
    }

    [Fact]
    public async Task The_release_job_is_a_durable_recurring_job_in_the_job_store()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString);
        _ = app.Services;
        await Eventually.MatchesAsync(
            () => Sql.CountAsync(database.ConnectionString, "SELECT count(*) FROM hangfire.hash WHERE key = 'recurring-job:applications.release-expired-seats' AND field = 'Cron' AND value = '*/5 * * * *'"),
            n => n == 1);
    }

    private sealed record RosterLine(Guid Id, string FirstName, string LastName);
}
