using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Identity;
using Bootcamp.IntegrationTests.Placements;
using Bootcamp.Reporting.Contracts;
using Bootcamp.Sessions.Contracts;
using Microsoft.Extensions.DependencyInjection;
using static Bootcamp.Testing.PlacementsTestData;

namespace Bootcamp.IntegrationTests.Home;

/// <summary>Issue 17, item 6: after sign-in, "/" is the person's home — what they must do now, counted, with links — and
/// stays the marketing page for a visitor.</summary>
public sealed class HomeTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_visitor_still_gets_the_marketing_page()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler);
        var html = await app.CreateClient().GetStringAsync(new Uri("/?culture=en-CA", UriKind.Relative));

        Assert.Contains("class=\"hero\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Public/Sessions\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("home-cards", html, StringComparison.Ordinal);
        Assert.DoesNotContain("home-empty", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_see_per_session_applications_to_screen_seats_to_confirm_waitlists_and_windows_closing_soon()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler) { Clock = clock };
        var (staff, unscreened, _, _) = await SessionApplicants.CreateAsync(app, capacity: 10, newcomers: 2, residents: 1, screen: false);
        var (_, selected, _, _) = await SessionApplicants.CreateAsync(app, capacity: 2, newcomers: 3, residents: 2);
        (await staff.PostAsJsonAsync($"/api/sessions/{selected}/selection", new { rule = "ScoreThenSubmission" })).EnsureSuccessStatusCode();
        var list = await SessionApplicants.ListAsync(staff, selected);
        var admitted = list.Counts.Sum(c => c.Admitted);
        var waitlisted = list.Counts.Sum(c => c.Waitlisted);
        Assert.True(admitted > 0 && waitlisted > 0);

        var html = await HomeAsync(staff);

        Assert.Equal(3, CountOf(html, $"/Staff/Applications?session={unscreened}&status=Submitted&screening=Pending"));
        Assert.Equal(admitted, CountOf(html, $"/Staff/Applications?session={selected}&status=Admitted"));
        Assert.Equal(waitlisted, CountOf(html, $"/Staff/Applications?session={selected}&status=Waitlisted"));
        Assert.Null(CountOf(html, $"/Staff/Applications?session={selected}&status=Submitted&screening=Pending"));
        // The window closes on 4 January: not "soon" in November.
        Assert.DoesNotContain($"href=\"/Staff/Applications?session={unscreened}\"", html, StringComparison.Ordinal);

        // An admin meets the staff policy: the same cards.
        var asAdmin = await HomeAsync(await TestUsers.SignedInClientAsync(app, Roles.Admin));
        Assert.Equal(3, CountOf(asAdmin, $"/Staff/Applications?session={unscreened}&status=Submitted&screening=Pending"));
        Assert.Equal(waitlisted, CountOf(asAdmin, $"/Staff/Applications?session={selected}&status=Waitlisted"));

        // Three days before it closes, the window is listed, and screening is not urgent yet.
        clock.Set(new DateTimeOffset(2027, 1, 1, 15, 0, 0, TimeSpan.Zero));
        html = await HomeAsync(await TestUsers.SignedInClientAsync(app, Roles.Staff));
        Assert.Contains($"href=\"/Staff/Applications?session={unscreened}\"", html, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(html, $"/Staff/Applications?session={unscreened}&status=Submitted&screening=Pending"));
    }

    [Fact]
    public async Task An_instructor_lands_on_tonight_with_the_attendance_button_of_their_own_evening_and_their_people_at_risk()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler) { Clock = clock };
        var mine = await TaughtSessions.CreateAsync(app, 3, "nadia.home@tests.bootcamp.local");
        var theirs = await TaughtSessions.CreateAsync(app, 3, "paul.home@tests.bootcamp.local");
        // Five milestones over 11 January – 17 February: the first falls due on the 18th, the second on the 26th.
        for (var i = 1; i <= 5; i++)
        {
            await SendAsync(app, new AddMilestone(mine.TrackId, new MilestoneDetails($"Étape {i}", $"Step {i}", IsCapstone: i == 5)));
        }

        var myMeetings = await SendAsync(app, new GetClassMeetings(mine.SessionId));
        var theirMeetings = await SendAsync(app, new GetClassMeetings(theirs.SessionId));

        // Monday 11 January 2027, 19:00 in Montréal (00:00 UTC the next day): the first evening of both sessions.
        clock.Set(TaughtSessions.FirstEvening);
        var nadia = await TaughtSessions.SignInAsync(app, mine.InstructorEmail);
        var response = await nadia.GetAsync(new Uri("/?culture=en-CA", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Matches($"<a class=\"button home-action\" href=\"/Teach/Attendance/{myMeetings[0].Id}\" data-testid=\"home-action\">Take attendance", html);
        Assert.DoesNotContain(theirMeetings[0].Id.ToString(), html, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.SessionId.ToString(), html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await nadia.GetAsync(new Uri($"/Teach/Attendance/{myMeetings[0].Id}", UriKind.Relative))).StatusCode);

        // Two absences in a row put someone at risk, in both sessions: each instructor counts their own.
        clock.Set(TaughtSessions.FirstEvening.AddDays(7));
        foreach (var (session, meetings) in new[] { (mine, myMeetings), (theirs, theirMeetings) })
        {
            foreach (var meeting in meetings.Take(2))
            {
                await SendAsync(app, new RecordAttendance(meeting.Id, [.. session.Participants.Select((p, i) =>
                    new AttendanceEntry(p.Id, i == 0 ? AttendanceMark.Absent : AttendanceMark.Present, null, 0))], Guid.NewGuid()));
            }
        }

        nadia = await TaughtSessions.SignInAsync(app, mine.InstructorEmail);
        html = await HomeAsync(nadia);
        Assert.Equal(1, CountOf(html, $"/Teach/Session/{mine.SessionId}"));
        Assert.DoesNotContain(theirs.SessionId.ToString(), html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Teach/Attendance/{myMeetings[2].Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("Step 1, due 18 Jan 2027", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Step 2", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Teach/Progress/{mine.SessionId}\"", html, StringComparison.Ordinal);

        // Staff see every running session's people at risk.
        html = await HomeAsync(await TestUsers.SignedInClientAsync(app, Roles.Staff));
        Assert.Equal(1, CountOf(html, $"/Teach/Session/{mine.SessionId}"));
        Assert.Equal(1, CountOf(html, $"/Teach/Session/{theirs.SessionId}"));
        Assert.DoesNotContain("home-action", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_placement_director_sees_follow_ups_going_out_this_week_then_the_people_to_chase()
    {
        var settings = new Dictionary<string, string?>(NoScheduler) { ["Bootcamp:RateLimits:PublicFormsPerMinute"] = "1000" };
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: settings) { Clock = clock };
        var world = await FollowUpWorld.CreateAsync(app, 3);

        // The first wave falls due on 17 March.
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 12)));
        var html = await HomeAsync(await TestUsers.SignedInClientAsync(app, Roles.PlacementDirector));
        Assert.Equal(world.Completers.Count, CountOf(html, "/Placements"));
        Assert.Null(CountOf(html, "/Placements#to-chase"));

        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 17)));
        await FollowUpTestData.DispatchAsync(app);
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 25)));
        html = await HomeAsync(await TestUsers.SignedInClientAsync(app, Roles.PlacementDirector));
        Assert.Equal(world.Completers.Count, CountOf(html, "/Placements#to-chase"));
        Assert.Null(CountOf(html, "/Placements"));
    }

    internal static async Task<string> HomeAsync(HttpClient client)
    {
        var response = await client.GetAsync(new Uri("/?culture=en-CA", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The count next to the home's link to <paramref name="href"/>; null when the home has no counted link there.</summary>
    internal static int? CountOf(string html, string href)
    {
        var match = Regex.Match(html,
            $"<a href=\"{Regex.Escape(WebUtility.HtmlEncode(href))}\">[^<]*</a>\\s*<span class=\"badge[^\"]*\" data-testid=\"home-count\">(\\d+)</span>");
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}

/// <summary>Its own database: the sample's follow-up waves would count on the placement director's home.</summary>
public sealed partial class SponsorHomeTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_sponsor_sees_the_headline_figures_of_its_own_reports_only()
    {
        await using var app = ReportSample.App(database);
        var sample = await ReportSample.CreateAsync(app);
        var ours = await SendAsync(app, new CreateSponsor("Fondation " + Guid.NewGuid().ToString("N")[..6]));
        await SendAsync(app, new AddSponsorship(ours, sample.SessionId, null));
        var other = await SendAsync(app, new CreateSponsor("Autre " + Guid.NewGuid().ToString("N")[..6]));
        var unfunded = await SendAsync(app, new ScheduleSession(new SessionDetails
        {
            TrackId = sample.TrackId, Title = "Autre session", StartDate = new DateOnly(2027, 1, 11), EndDate = new DateOnly(2027, 2, 17),
            Days = [DayOfWeek.Monday, DayOfWeek.Wednesday], StartsAt = new TimeOnly(18, 0), EndsAt = new TimeOnly(21, 0),
            Delivery = DeliveryMode.Online, OnlineLink = "https://example.org/classe", Capacity = 20,
            ApplicationOpensOn = new DateOnly(2026, 11, 1), ApplicationClosesOn = new DateOnly(2027, 1, 4),
        }));
        await SendAsync(app, new AddSponsorship(other, unfunded, null));

        var portal = await (await SponsorClientAsync(app, ours)).GetStringAsync(new Uri("/Sponsor?culture=en-CA", UriKind.Relative));
        var home = await HomeTests.HomeAsync(await SponsorClientAsync(app, ours));
        var otherHome = await HomeTests.HomeAsync(await SponsorClientAsync(app, other));

        // The portal's employment rate and its counts, on the home too: 71 placed of 89 who may work here.
        var rate = RateOf().Match(portal);
        Assert.True(rate.Success);
        Assert.Contains(rate.Value, home, StringComparison.Ordinal);
        Assert.Contains("71 of 89", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/Sponsor\"", home, StringComparison.Ordinal);
        Assert.DoesNotContain("71 of 89", otherHome, StringComparison.Ordinal);
        Assert.DoesNotContain(sample.SessionId.ToString(), otherHome, StringComparison.Ordinal);
    }

    private static async Task<HttpClient> SponsorClientAsync(BootcampAppFactory app, Guid sponsorId)
    {
        var email = $"sponsor.{Guid.NewGuid():N}@tests.bootcamp.local";
        await TestUsers.EnsureAsync(app, Roles.Sponsor, email);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<BootcampUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.SponsorId = sponsorId;
            await users.UpdateAsync(user);
        }

        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await TestUsers.SignInAsync(client, email, TestUsers.Password)).StatusCode);
        return client;
    }

    [GeneratedRegex(@"[\d.,]+\s?%")]
    private static partial Regex RateOf();
}
