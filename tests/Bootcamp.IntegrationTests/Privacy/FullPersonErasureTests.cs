using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Identity;
using Bootcamp.IntegrationTests.Placements;
using Bootcamp.IntegrationTests.Portfolios;
using Bootcamp.Placements.Contracts;
using Bootcamp.Portfolios.Contracts;
using Bootcamp.Reporting.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Surveys.Contracts;
using Json.Schema;
using static Bootcamp.Testing.CompletionTestData;

namespace Bootcamp.IntegrationTests.Privacy;

/// <summary>
/// Issue 18, done when: one person goes through the whole programme — applies with a phone number, is selected, confirms
/// their seat, attends every evening, answers the pre- and post-surveys in their own words, completes, answers two
/// follow-ups with a job, links a GitHub portfolio and receives every mail (written to a pickup folder). Their export has
/// something from every module and validates against the published schema; after their erasure no table, no mail row and
/// no mail file holds their name, address, phone, GitHub login or any of their private tokens, a second erasure finds
/// nothing, and the sponsor's report of their session reads exactly the same.
/// </summary>
public sealed class FullPersonErasureTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly string[] Modules = ["Applications", "Attendance", "Mail", "Messages", "Placements", "Portfolios", "Sessions", "Surveys"];

    private readonly string _mailFolder = Path.Combine(Path.GetTempPath(), "bootcamp-erasure-tests", Guid.NewGuid().ToString("N"));
    private GitHubStandIn _gitHub = null!;

    public async Task InitializeAsync() => _gitHub = await GitHubStandIn.StartAsync();

    public async Task DisposeAsync()
    {
        await _gitHub.DisposeAsync();
        if (Directory.Exists(_mailFolder))
        {
            Directory.Delete(_mailFolder, recursive: true);
        }
    }

    [Fact]
    public async Task A_whole_programme_person_is_exported_from_every_module_then_erased_without_a_trace_and_the_report_does_not_move()
    {
        var letters = new string([.. Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16)))]);
        var first = "Zénobie";
        var last = "Okafor" + letters;
        var email = $"zenobie.{letters}@example.org";
        var digits = "514555" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var phone = $"{digits[..3]} {digits[3..6]}-{digits[6..]}";
        var login = "zenobie-" + letters;
        var ownWords = $"Je m'appelle {first} {last}, écrivez-moi à {email} ou appelez le {phone}.";

        var clock = new ManualClock(SessionApplicants.InWindow);
        var settings = _gitHub.Settings();
        settings["Jobs:Enabled"] = "false";
        settings["Bootcamp:PublicBaseUrl"] = SurveyTestData.BaseUrl + "/";
        var tokens = new List<string>();
        TaughtSession session;
        Guid applicationId;
        await using (var app = new BootcampAppFactory(database.ConnectionString, settings: settings) { Clock = clock })
        {
            // Applies (with a phone and a motivation in their own words), is selected and confirms through the private link.
            session = await TaughtSessions.CreateAsync(app, 6, $"teacher.{letters}@tests.bootcamp.local",
                shape: (i, profile) => i == 0 ? profile with { FirstName = first, LastName = last, Email = email, Phone = phone, Motivation = ownWords } : profile);
            var person = session.Participants.Single(p => p.Email == email);
            applicationId = person.ApplicationId;
            tokens.Add(session.TokenOf(person));
            var staff = await SurveyTestData.StaffAsync(app);

            // The pre-survey, answered before the first evening.
            var pre = await SurveyTestData.TokenAsync(app, email, SurveyKind.PreProgramme);
            tokens.Add(pre);
            await SurveyTestData.SubmitAsync(app, pre, _ => 2, freeText: ownWords);

            // A message from the team to the session's participants, delivered (decisions/0023).
            await SendAsync(app, new Bootcamp.Messages.Contracts.SendMessage(session.SessionId, [Bootcamp.Messages.Contracts.RecipientGroup.Enrolled],
                new Bootcamp.Messages.Contracts.MessageText("Bienvenue", "À lundi.", null, null), "welcome", Guid.NewGuid()));
            while (await SendAsync(app, new Bootcamp.Messages.Delivery.DeliverNextBatch()) > 0)
            {
                // Another batch.
            }

            // A portfolio on GitHub.
            _gitHub.Add(new StandInAccount(90_417, login, GitHubClientTests.Repos(2)));
            var portfolio = await Eventually.MatchesAsync(() => TryPortfolioAsync(app, session.TokenOf(person)), p => p is not null);
            await SendAsync(app, new LinkGitHubAccount(portfolio!.Id, login, 90_417));
            await SendAsync(app, new SyncPortfolioNow(session.TokenOf(person)));

            // Every evening, everyone present; everyone does the capstone: six completers.
            var enrolled = new EnrolledSession(session.SessionId, session.TrackId, await SendAsync(app, new GetRoster(session.SessionId)));
            await CapstoneAsync(app, enrolled, staff, [.. enrolled.Participants.Select(p => p.Id)]);
            clock.Set(new DateTimeOffset(2027, 2, 18, 4, 30, 0, TimeSpan.Zero));
            await RecordAllEveningsAsync(app, enrolled, staff, [.. enrolled.Participants.Select(p => p.Id)], (_, _) => AttendanceMark.Present);
            clock.Set(DayAfterEnd);
            Assert.Equal(1, await SendAsync(app, new DecideDueCompletions()));

            var post = await SurveyTestData.TokenAsync(app, email, SurveyKind.PostProgramme);
            tokens.Add(post);
            await SurveyTestData.SubmitAsync(app, post, _ => 4, freeText: ownWords);

            // The five others placed by the director; the person tells the one- and two-month follow-ups they found a job.
            var director = Guid.NewGuid();
            foreach (var other in enrolled.Participants.Where(p => p.Email != email))
            {
                await Eventually.MatchesAsync(() => TryCandidateAsync(app, other.Id), c => c);
                await SendAsync(app, new RecordPlacement(other.Id, new PlacementDetails(
                    OutcomeCode.FullTimeEmployee, "Employeur", "Développeur·se", new DateOnly(2027, 3, 1), true, EmploymentType.FullTime, null), director));
            }

            foreach (var month in new[] { 1, 2 })
            {
                clock.Set(FollowUpWorld.MorningOf(FollowUpWorld.EndDate.AddMonths(month)));
                await FollowUpTestData.DispatchAsync(app);
                var mails = await FollowUpTestData.MailsAsync(database.ConnectionString, "placements.follow-up", email);
                var token = FollowUpTestData.TokenIn(mails[^1].Body);
                tokens.Add(token);
                await SendAsync(app, new AnswerFollowUp(token, FollowUpAnswer.FromForm(
                    true, OutcomeCode.FullTimeEmployee, $"Atelier {last}", "Développeuse web", new DateOnly(2027, 3, 8), true, EmploymentType.FullTime, null, false)));
            }
        }

        // The same app with a mail transport: everything queued is delivered to the pickup folder, as Development does.
        settings["Email:PickupDirectory"] = _mailFolder;
        settings["Email:PollInterval"] = "00:00:00.200";
        await using (var app = new BootcampAppFactory(database.ConnectionString, settings: settings) { Clock = clock })
        {
            _ = app.Services; // starts the host, and with it the mail sender
            try
            {
                await Eventually.MatchesAsync(() => Sql.CountAsync(database.ConnectionString, "SELECT count(*) FROM mail.outgoing_mails WHERE status = 'Pending'"), n => n == 0, TimeSpan.FromSeconds(60));
            }
            catch (TimeoutException)
            {
                Assert.Fail("Mail still pending: " + await Sql.ScalarAsync(database.ConnectionString,
                    "SELECT string_agg(DISTINCT coalesce(last_error, '(none)') || ' attempts=' || attempts || ' next=' || next_attempt_at, ' | ') FROM mail.outgoing_mails WHERE status = 'Pending'"));
            }
            var needles = new[] { last, email, digits, phone, login, first }.Concat(tokens).ToArray();
            Assert.NotEmpty(PersonalDataScan.FilesHolding(_mailFolder, email));
            // The scan finds them before (so finding nothing after means something): in the copies each module keeps and the
            // events they exchanged.
            var found = await PersonalDataScan.HitsAsync(database.ConnectionString, needles);
            foreach (var column in new[] { "applications.applications.email", "applications.outbox_messages.payload", "sessions.participants.phone",
                "surveys.participants.email", "placements.placements.employer", "portfolios.portfolios.git_hub_login", "mail.outgoing_mails.text_body" })
            {
                Assert.Contains(column, found);
            }

            var sponsor = await SendAsync(app, new CreateSponsor("Fondation " + letters));
            await SendAsync(app, new AddSponsorship(sponsor, session.SessionId, null));
            var before = await ReportAsync(app, sponsor, session.SessionId);
            // Six completers, all placed (the person by their follow-up answer): large enough to be shown, not suppressed.
            var shown = await SendAsync(app, new GetReportFigures(null, null, session.SessionId));
            Assert.Equal((6, 6), (shown.PlacementDenominator.Value, shown.Placed.Value));

            // The export: every module has something on them, in their language, valid against the schema.
            var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
            var page = $"/Admin/Privacy/Person?application={applicationId}";
            var json = await admin.GetStringAsync(new Uri(page + "&handler=Json", UriKind.Relative));
            var results = PersonalDataScan.Schema().Evaluate(JsonNode.Parse(json), new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(results.IsValid, string.Join("; ", results.Details.Where(d => d.HasErrors).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
            var export = JsonNode.Parse(json)!;
            Assert.Equal("fr-CA", export["language"]!.GetValue<string>());
            var sections = export["modules"]!.AsArray().ToDictionary(m => m!["module"]!.GetValue<string>(), m => m!["records"]!.AsArray().Count);
            Assert.Equal(Modules, sections.Keys.Order(StringComparer.Ordinal));
            Assert.All(Modules, module => Assert.True(sections[module] > 0, module + " contributed nothing to the export"));
            Assert.Contains(phone, json, StringComparison.Ordinal);
            Assert.Contains(login, json, StringComparison.Ordinal);
            Assert.Contains(JsonSerializer.Serialize(ownWords)[1..^1], json, StringComparison.Ordinal); // the encrypted answers, decrypted

            var erased = await Forms.PostAsync(admin, page + "&handler=Erase", new() { ["application"] = applicationId.ToString(), ["Confirmed"] = "true" }, tokenFrom: page);
            Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);

            Assert.Empty(await PersonalDataScan.HitsAsync(database.ConnectionString, needles));
            Assert.Empty(PersonalDataScan.FilesHolding(_mailFolder, needles));
            // Encrypted columns cannot be scanned as text: what the export decrypts after the erasure shows them gone too.
            var left = await admin.GetStringAsync(new Uri(page + "&handler=Json", UriKind.Relative));
            Assert.All(needles.Append(JsonSerializer.Serialize(ownWords)[1..^1]), n => Assert.DoesNotContain(n, left, StringComparison.OrdinalIgnoreCase));
            var after = await ReportAsync(app, sponsor, session.SessionId);
            Assert.Equal(before.Figures, after.Figures);
            Assert.Equal(before.Year, after.Year);
            Assert.Equal(before.Pdf, after.Pdf);

            // Nothing left for a second erasure to find.
            var again = await Forms.PostAsync(admin, page + "&handler=Erase", new() { ["application"] = applicationId.ToString(), ["Confirmed"] = "true" }, tokenFrom: page);
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
            Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
                $"SELECT count(*) FROM privacy.requests WHERE application_id = '{applicationId}' AND kind = 'Erasure' AND outcome !~ '[1-9]'"));

            // The three-month wave falls due after the erasure: it is cancelled, never addressed to the erased row.
            clock.Set(FollowUpWorld.MorningOf(FollowUpWorld.EndDate.AddMonths(3)));
            var third = await FollowUpTestData.DispatchAsync(app);
            Assert.Equal((5, 1), (third.Invitations, third.Cancelled));
            Assert.Equal(0, await Sql.CountAsync(database.ConnectionString, "SELECT count(*) FROM mail.outgoing_mails WHERE to_address LIKE '%@erased.invalid'"));
        }
    }

    /// <summary>The session's figures as staff and the sponsor see them, the year's, and the sponsor's PDF as text.</summary>
    private static async Task<(string Figures, string Year, string Pdf)> ReportAsync(BootcampAppFactory app, Guid sponsor, Guid sessionId)
    {
        var figures = JsonSerializer.Serialize(await SendAsync(app, new GetReportFigures(null, null, sessionId, "fr-CA")));
        var year = JsonSerializer.Serialize(await SendAsync(app, new GetSponsorReportFigures(sponsor, "fr-CA")));
        var pdf = await SendAsync(app, new GetImpactReport(ReportScope.Session, sponsor, sessionId, null, "fr-CA"));
        return (figures, year, await PdfText.ExtractRawAsync(pdf.Content));
    }

    private static async Task<PortfolioDto?> TryPortfolioAsync(BootcampAppFactory app, string token)
    {
        try
        {
            return await SendAsync(app, new GetPortfolioByApplicationToken(token));
        }
        catch (Bootcamp.Shared.Contracts.NotFoundException)
        {
            return null;
        }
    }

    private static async Task<bool> TryCandidateAsync(BootcampAppFactory app, Guid participantId)
    {
        try
        {
            await SendAsync(app, new GetPlacementCandidate(participantId));
            return true;
        }
        catch (Bootcamp.Shared.Contracts.NotFoundException)
        {
            return false;
        }
    }
}
