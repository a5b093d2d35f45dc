using System.Net;
using System.Text.RegularExpressions;
using Bootcamp.Applications.Contracts;
using Bootcamp.Identity;
using Bootcamp.Placements.Contracts;
using Bootcamp.Reporting.Contracts;
using Bootcamp.Sessions.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static Bootcamp.Testing.PlacementsTestData;

namespace Bootcamp.IntegrationTests.Reporting;

/// <summary>Issue 16, item 4: the placement dashboard, the staff report, the sponsor portal and the sponsor's PDF once
/// printed three employment rates for one programme. One data set, read through every screen over HTTP: the figures
/// agree, and where the director's dashboard deliberately counts more people (those without aggregate-reporting
/// consent) it says so next to the figures.</summary>
public sealed partial class PublishedFiguresTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    // 70 % of 20 seats is a whole number: selection fills them all while the application window is still open.
    private const int People = 20;

    [Fact]
    public async Task The_employment_rate_and_its_neighbours_read_the_same_on_the_dashboard_the_staff_report_the_sponsor_portal_and_the_pdf()
    {
        // Twenty seat confirmations from one test client would exceed the public forms' rate limit.
        var settings = new Dictionary<string, string?>(NoScheduler) { ["Bootcamp:RateLimits:PublicFormsPerMinute"] = "1000" };
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: settings) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var world = await FollowUpWorld.CreateAsync(app, People);
        var sessionId = world.Session.SessionId;
        var end = FollowUpWorld.EndDate;
        var director = Guid.NewGuid();

        // 20 completers: 12 in work (7 in the tech field, within a month; 5 outside it, after four months), 6 without
        // news, 2 not authorised to work in Canada. The first later changed jobs: they still found one within a month.
        for (var i = 0; i < 12; i++)
        {
            var within = i < 7;
            await SendAsync(app, new RecordPlacement(world.Completers[i].Id, new PlacementDetails(
                within ? OutcomeCode.FullTimeEmployee : OutcomeCode.OutOfField, "Employeur " + i, null,
                within ? end.AddDays(5 + i) : end.AddMonths(4).AddDays(i), InTechField: within, EmploymentType.FullTime, null), director));
        }

        await SendAsync(app, new RecordPlacement(world.Completers[0].Id, new PlacementDetails(
            OutcomeCode.FullTimeEmployee, "Nouvel employeur", null, end.AddMonths(5), InTechField: true, EmploymentType.FullTime, null), director));
        await SendAsync(app, new SetWorkAuthorisation(world.Completers[18].Id, false));
        await SendAsync(app, new SetWorkAuthorisation(world.Completers[19].Id, false));

        var sponsorId = await SendAsync(app, new CreateSponsor("Desjardins " + Guid.NewGuid().ToString("N")[..6]));
        await SendAsync(app, new AddSponsorship(sponsorId, sessionId, null));
        var screens = new Screens(
            await TestUsers.SignedInClientAsync(app, Roles.PlacementDirector), await TestUsers.SignedInClientAsync(app, Roles.Staff),
            await SponsorClientAsync(app, sponsorId), sessionId);

        // Everyone consented to aggregate reporting: one set of figures on every screen.
        var expected = new Published(new(67, 12, 18), new(39, 7, 18), new(58, 7, 12));
        Assert.Equal(expected, await screens.DashboardAsync());
        Assert.Equal(expected, await screens.StaffReportAsync());
        Assert.Equal(expected, await screens.SponsorPortalAsync());
        Assert.Equal(expected, await screens.SponsorPdfAsync());
        Assert.Contains("the reports count the same people", await screens.PopulationNoteAsync(), StringComparison.Ordinal);

        // One person without news withdraws that consent: every published figure leaves them out; the director's dashboard
        // still counts them, and says so beside its figures.
        await SendAsync(app, new SetConsent(world.Session.TokenOf(world.Completers[12]), ConsentPurpose.AggregateReporting, false));
        var published = new Published(new(71, 12, 17), new(41, 7, 17), new(58, 7, 12));
        Assert.Equal(published, await screens.StaffReportAsync());
        Assert.Equal(published, await screens.SponsorPortalAsync());
        Assert.Equal(published, await screens.SponsorPdfAsync());
        Assert.Equal(expected, await screens.DashboardAsync());
        Assert.Contains("including 1 without consent to aggregate reporting", await screens.PopulationNoteAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_programme_year_is_the_year_a_session_starts_on_the_dashboard_as_on_the_reports()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler) { Clock = new ManualClock(SessionApplicants.InWindow) };
        // An autumn session that ends in January: programme year 2030 on every screen, never 2031.
        var trackId = await SendAsync(app, new CreateTrack(new TrackDetails("Données " + Guid.NewGuid().ToString("N")[..6], "Data")));
        var sessionId = await SendAsync(app, new ScheduleSession(new SessionDetails
        {
            TrackId = trackId, Title = "Données — automne 2030", StartDate = new DateOnly(2030, 11, 25), EndDate = new DateOnly(2031, 1, 17),
            AllowUnusualLength = true, Days = [DayOfWeek.Monday, DayOfWeek.Wednesday], StartsAt = new TimeOnly(18, 0), EndsAt = new TimeOnly(21, 0),
            Delivery = DeliveryMode.InPerson, Location = "2000, boul. Saint-Joseph Est, Montréal", Capacity = 20, ApplicationOpensOn = new DateOnly(2030, 9, 1), ApplicationClosesOn = new DateOnly(2030, 11, 1),
        }));
        var completers = Enumerable.Range(0, 10)
            .Select(i => new Completer(Guid.NewGuid(), Guid.NewGuid(), "Personne" + i, "Automne", $"a{i}-{sessionId:N}@example.org", "fr-CA"))
            .ToList();
        await PublishAsync(app, new SessionCompleted(sessionId, trackId, new DateOnly(2030, 11, 25), new DateOnly(2031, 1, 17), 10, completers));

        Assert.Equal(10, (await SendAsync(app, new GetPlacementDashboard(2030, null))).Figures.Completers);
        Assert.Equal(10, (await SendAsync(app, new GetReportFigures(2030, null, null))).PlacementDenominator.Value);
        Assert.Equal(0, (await SendAsync(app, new GetPlacementDashboard(2031, null))).Figures.Completers);
        Assert.Equal(0, (await SendAsync(app, new GetReportFigures(2031, null, null))).PlacementDenominator.Value);
    }

    /// <summary>A rate as a reader sees it: the whole percentage and the two counts it is made of.</summary>
    public sealed record Reading(int Percent, int Part, int Whole);

    public sealed record Published(Reading EmploymentRate, Reading WithinThreeMonths, Reading InField);

    private sealed partial class Screens(HttpClient director, HttpClient staff, HttpClient sponsor, Guid sessionId)
    {
        public async Task<Published> DashboardAsync() => FromHtml(await GetAsync(director, $"/Placements?session={sessionId}&culture=en-CA"));

        public async Task<Published> StaffReportAsync() => FromHtml(await GetAsync(staff, $"/Staff/Reports?session={sessionId}&culture=en-CA"));

        public async Task<Published> SponsorPortalAsync() => FromHtml(await GetAsync(sponsor, "/Sponsor?culture=en-CA"));

        public async Task<Published> SponsorPdfAsync()
        {
            var response = await sponsor.GetAsync(new Uri($"/Sponsor?handler=Report&scope=Session&session={sessionId}&lang=en-CA", UriKind.Relative));
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            var text = Flatten(await PdfText.ExtractRawAsync(await response.Content.ReadAsByteArrayAsync()));
            return new Published(
                FromPdf(text, EmploymentRate), FromPdf(text, WithinThreeMonths), FromPdf(text, InField));
        }

        public async Task<string> PopulationNoteAsync() =>
            Element(await GetAsync(director, $"/Placements?session={sessionId}&culture=en-CA"), "population-note");

        // The figures' names, as every screen prints them (PlacementLabels).
        private const string EmploymentRate = "Employment rate";
        private const string WithinThreeMonths = "In work within 3 months of the end";
        private const string InField = "In the tech field (of those in work)";

        private static Published FromHtml(string html) =>
            new(Parse(Element(html, "figure-employment-rate")), Parse(Element(html, "figure-within-three-months")), Parse(Element(html, "figure-in-field")));

        private static Reading FromPdf(string text, string label)
        {
            // The PDF's placements table: "<figure> 71% (12 of 17)"; the summary table repeats the rate alone.
            var match = Regex.Match(text, Regex.Escape(label) + @" (\d+)% \((\d+) of (\d+)\)");
            Assert.True(match.Success, $"'{label}' with its rate and counts is not in the PDF: {text}");
            return new Reading(Number(match.Groups[1]), Number(match.Groups[2]), Number(match.Groups[3]));
        }

        private static Reading Parse(string figure)
        {
            var match = RateAndCounts().Match(figure);
            Assert.True(match.Success, $"no rate and counts in '{figure}'");
            return new Reading(Number(match.Groups[1]), Number(match.Groups[2]), Number(match.Groups[3]));
        }

        /// <summary>The text of the element carrying <paramref name="testId"/>, tags stripped, spaces collapsed.</summary>
        private static string Element(string html, string testId)
        {
            var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
            Assert.True(start >= 0, $"no {testId} on the page");
            var open = html.LastIndexOf('<', start);
            var tag = Regex.Match(html[open..], @"^<(\w+)").Groups[1].Value;
            var close = html.IndexOf($"</{tag}>", start, StringComparison.Ordinal);
            return Flatten(WebUtility.HtmlDecode(Regex.Replace(html[open..close], "<[^>]+>", " ")));
        }

        private static string Flatten(string text) => Regex.Replace(text.Replace('\u00A0', ' '), @"\s+", " ").Trim();

        private static int Number(Group group) => int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture);

        private static async Task<string> GetAsync(HttpClient client, string url)
        {
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        [GeneratedRegex(@"(\d+) ?%.*?(\d+) of (\d+)")]
        private static partial Regex RateAndCounts();
    }

    private static async Task<HttpClient> SponsorClientAsync(BootcampAppFactory app, Guid sponsorId)
    {
        var email = $"sponsor.{Guid.NewGuid():N}@tests.bootcamp.local";
        await TestUsers.EnsureAsync(app, Roles.Sponsor, email);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BootcampUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.SponsorId = sponsorId;
            await users.UpdateAsync(user);
        }

        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await TestUsers.SignInAsync(client, email, TestUsers.Password)).StatusCode);
        return client;
    }
}
