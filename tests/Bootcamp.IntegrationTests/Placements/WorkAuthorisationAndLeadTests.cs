using System.Net;
using Bootcamp.Applications.Contracts;
using Bootcamp.Identity;
using Bootcamp.Placements.Contracts;
using Bootcamp.Sessions.Contracts;
using static Bootcamp.Testing.PlacementsTestData;

namespace Bootcamp.IntegrationTests.Placements;

/// <summary>The application's work-authorisation answer reaches Placements, and someone who left a session for a
/// job can have that job recorded without counting as a completer.</summary>
public sealed class WorkAuthorisationAndLeadTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_applications_answer_sets_who_is_counted_apart_and_the_director_may_correct_it()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler) { Clock = new ManualClock(SessionApplicants.InWindow) };
        // Applicants with an odd number said they are not authorised to work (the form requires an answer).
        var world = await FollowUpWorld.CreateAsync(app, 4, authorisedToWork: i => i % 2 == 0);
        var expected = world.Completers.ToDictionary(p => p.Id, p => (bool?)(Number(p.Email) % 2 == 0));
        Assert.Contains(expected.Values, v => v == false);

        var answers = await SendAsync(app, new GetWorkAuthorisations([.. world.Completers.Select(p => p.ApplicationId), Guid.NewGuid()]));
        Assert.Equal(4, answers.Count);

        var people = (await SendAsync(app, new GetFollowUpWaves(world.Session.SessionId))).DistinctBy(w => w.ParticipantId).ToList();
        Assert.Equal(expected, people.ToDictionary(p => p.ParticipantId, p => p.AuthorisedToWork));
        var dashboard = (await SendAsync(app, new GetPlacementDashboard(null, world.Session.SessionId))).Figures;
        var notAuthorised = expected.Values.Count(v => v == false);
        Assert.Equal((4, notAuthorised, 4 - notAuthorised), (dashboard.Completers, dashboard.NotAuthorisedToWork, dashboard.Denominator));

        // A permit granted since: the director's word replaces the application's, and the dashboard's select shows it.
        var granted = expected.First(e => e.Value == false).Key;
        var director = await TestUsers.SignedInClientAsync(app, Roles.PlacementDirector);
        var page = $"/Placements?session={world.Session.SessionId}";
        var token = await TestUsers.AntiforgeryTokenAsync(director, page);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["ParticipantId"] = granted.ToString(), ["AuthorisedToWork"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, (await director.PostAsync(new Uri(page + "&handler=Authorisation", UriKind.Relative), form)).StatusCode);
        Assert.Equal(notAuthorised - 1, (await SendAsync(app, new GetPlacementDashboard(null, world.Session.SessionId))).Figures.NotAuthorisedToWork);
        var html = await director.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains($"id=\"auth-{granted}\"", html, StringComparison.Ordinal);
        var select = html[html.IndexOf($"id=\"auth-{granted}\"", StringComparison.Ordinal)..];
        Assert.Contains("<option value=\"true\" selected=\"selected\">", select[..select.IndexOf("</select>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lead_gets_a_placement_that_is_listed_but_not_counted_among_completers()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = clock };
        var session = await TaughtSessions.CreateAsync(app, 3, $"teacher-{Guid.NewGuid():N}@example.org");
        var leaving = session.Participants[0];
        clock.Set(TaughtSessions.FirstEvening.AddDays(14));
        await SendAsync(app, new WithdrawParticipant(leaving.Id, WithdrawalReason.FoundJob, "Développeur chez Lightspeed", Guid.NewGuid()));
        var director = await TestUsers.SignedInClientAsync(app, Roles.PlacementDirector);
        var leads = await Eventually.MatchesAsync(
            () => director.GetStringAsync(new Uri("/Placements/Leads", UriKind.Relative)),
            html => html.Contains(leaving.Email, StringComparison.Ordinal));
        Assert.Contains($"/Placements/Record?participant={leaving.Id}", leads, StringComparison.Ordinal);

        // The record page names the lead and says the job is kept apart; saving goes back to the leads.
        var record = $"/Placements/Record?participant={leaving.Id}";
        var form = await director.GetStringAsync(new Uri(record, UriKind.Relative));
        Assert.Contains("data-testid=\"lead-note\"", form, StringComparison.Ordinal);
        var token = await TestUsers.AntiforgeryTokenAsync(director, record);
        using (var post = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.Outcome"] = "FullTimeEmployee", ["Input.Employer"] = "Lightspeed",
            ["Input.JobTitle"] = "Développeur", ["Input.StartDate"] = "2027-02-01", ["Input.InTechField"] = "true",
            ["Input.EmploymentType"] = "FullTime",
        }))
        {
            var saved = await director.PostAsync(new Uri(record, UriKind.Relative), post);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal("/Placements/Leads", saved.Headers.Location?.OriginalString);
        }

        var lead = Assert.Single(await SendAsync(app, new GetPlacementLeads(session.SessionId)));
        Assert.Equal(("Lightspeed", new DateOnly(2027, 2, 1)), (lead.Placement?.Employer, lead.Placement?.StartDate));
        Assert.Contains("Lightspeed", await director.GetStringAsync(new Uri("/Placements/Leads", UriKind.Relative)), StringComparison.Ordinal);

        var listed = Assert.Single((await SendAsync(app, new GetPlacements(new PlacementFilter(null, session.SessionId, null, null, CurrentOnly: true), 1, 50))).Items);
        Assert.Equal((leaving.Id, true, true, (int?)null, (TimeToJobBucket?)null), (listed.ParticipantId, listed.LeftEarly, listed.Verified, listed.DaysToJob, listed.Bucket));
        var dashboard = (await SendAsync(app, new GetPlacementDashboard(null, session.SessionId))).Figures;
        Assert.Equal((0, 0), (dashboard.Completers, dashboard.Placed));

        // The history page lists it with its badge, in French and in English.
        var history = await director.GetStringAsync(new Uri($"/Placements/History?session={session.SessionId}", UriKind.Relative));
        Assert.Contains("data-testid=\"history-row\"", history, StringComparison.Ordinal);
        Assert.Contains("Parti avant la fin", history, StringComparison.Ordinal);
        Assert.Contains("Lightspeed", history, StringComparison.Ordinal);
        var english = await director.GetStringAsync(new Uri($"/Placements/History?session={session.SessionId}&culture=en-CA", UriKind.Relative));
        Assert.Contains("Placements recorded", english, StringComparison.Ordinal);

        // Someone who is neither a completer nor a lead has no record page.
        Assert.Equal(HttpStatusCode.NotFound, (await director.GetAsync(new Uri($"/Placements/Record?participant={session.Participants[1].Id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_history_page_filters_by_outcome_and_verification_and_shows_earlier_jobs()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var world = await FollowUpWorld.CreateAsync(app, 2);
        var (first, second) = (world.Completers[0], world.Completers[1]);
        var director = await TestUsers.SignedInClientAsync(app, Roles.PlacementDirector);
        await SendAsync(app, new RecordPlacement(first.Id, new PlacementDetails(
            OutcomeCode.FullTimeEmployee, "Desjardins", "Analyste", new DateOnly(2027, 3, 1), true, EmploymentType.FullTime, null), Guid.NewGuid()));
        await SendAsync(app, new RecordPlacement(first.Id, new PlacementDetails(
            OutcomeCode.PartTimeOrFreelance, "Pige", null, new DateOnly(2027, 2, 20), false, EmploymentType.PartTime, null), Guid.NewGuid()));
        await SendAsync(app, new RecordPlacement(second.Id, new PlacementDetails(
            OutcomeCode.InternshipApprenticeshipOrContract, "Mila", "Stagiaire", new DateOnly(2027, 4, 2), true, EmploymentType.FullTime, null), Guid.NewGuid()));

        var url = $"/Placements/History?session={world.Session.SessionId}";
        var current = await director.GetStringAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(2, Count(current, "data-testid=\"history-row\""));
        var all = await director.GetStringAsync(new Uri(url + "&show=all", UriKind.Relative));
        Assert.Equal(3, Count(all, "data-testid=\"history-row\""));
        Assert.Contains("Emploi précédent", all, StringComparison.Ordinal);
        var internships = await director.GetStringAsync(new Uri(url + "&outcome=InternshipApprenticeshipOrContract", UriKind.Relative));
        Assert.Equal(1, Count(internships, "data-testid=\"history-row\""));
        Assert.Contains("Mila", internships, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"history-empty\"", await director.GetStringAsync(new Uri(url + "&verified=false", UriKind.Relative)), StringComparison.Ordinal);
    }

    private static int Number(string email) => int.Parse(email[1..email.IndexOf('-', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);

    private static int Count(string html, string needle)
    {
        var count = 0;
        for (var at = html.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = html.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
