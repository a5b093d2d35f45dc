using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Bootcamp.Applications.Contracts;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bootcamp.IntegrationTests.Applications;

/// <summary>Issue 19 items 1, 2 and 4 (decisions/0022): every Applications mail stands alone and carries a fresh status
/// link; older links keep working until they expire or are crowded out; "resend my link" tells nobody anything.</summary>
public sealed partial class StatusLinkTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_admission_mail_names_the_session_and_carries_its_own_link_that_confirms_the_seat()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = clock };
        var (staff, sessionId, session, applicants) = await SessionApplicants.CreateAsync(app, capacity: 2, newcomers: 2, residents: 1);
        (await staff.PostAsJsonAsync($"/api/sessions/{sessionId}/selection", new { rule = "ScoreThenSubmission" })).EnsureSuccessStatusCode();

        var list = await SessionApplicants.ListAsync(staff, sessionId);
        var admitted = list.Applications.Items.First(a => a.Status == ApplicationStatus.Admitted);
        var email = await EmailOfAsync(app, admitted.Id);
        var mail = (await MailsAsync(app, email, "applications.admitted")).Single();
        var french = !mail.Culture.StartsWith("en", StringComparison.Ordinal);
        Assert.Contains((string)session["title"]!, mail.Subject, StringComparison.Ordinal);
        Assert.Contains(french ? "Soirs : " : "Evenings: ", mail.Text, StringComparison.Ordinal);
        Assert.Contains(french ? "Dates : " : "Dates: ", mail.Text, StringComparison.Ordinal);
        Assert.Contains("/Public/ResendLink", mail.Text, StringComparison.Ordinal);
        Assert.NotNull(mail.Html);
        Assert.Contains("<th scope=\"row\"", mail.Html, StringComparison.Ordinal);
        Assert.Contains("/Privacy", mail.Html, StringComparison.Ordinal); // the queue's footer, in the HTML part too

        // A new token, not the one from the confirmation mail, and both work.
        var fromAdmission = TokenIn(mail.Text);
        var fromConfirmation = applicants.Single(a => a.Id == admitted.Id).Token;
        Assert.NotEqual(fromConfirmation, fromAdmission);
        var visitor = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/api/public/applications/{fromConfirmation}", UriKind.Relative))).StatusCode);
        (await visitor.PostAsync(new Uri($"/api/public/applications/{fromAdmission}/confirm", UriKind.Relative), null)).EnsureSuccessStatusCode();
        var status = await visitor.GetFromJsonAsync<Dictionary<string, object>>($"/api/public/applications/{fromConfirmation}");
        Assert.Equal("Confirmed", status!["status"].ToString());

        // The waitlisted person is told their rank, with a link of their own.
        var waiting = list.Applications.Items.First(a => a.Status == ApplicationStatus.Waitlisted);
        var waitMail = (await MailsAsync(app, await EmailOfAsync(app, waiting.Id), "applications.waitlisted")).Single();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/api/public/applications/{TokenIn(waitMail.Text)}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_person_holds_at_most_five_working_links_and_each_expires_after_its_period()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = clock };
        var (_, sessionId, _, applicants) = await SessionApplicants.CreateAsync(app, capacity: 2, newcomers: 1, residents: 0, screen: false);
        var email = await EmailOfAsync(app, applicants[0].Id);
        var tokens = new List<string> { applicants[0].Token };
        for (var i = 0; i < 5; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(11)); // past the resend cooldown
            Assert.Equal(1, await SendAsync(app, new ResendStatusLinks(email.ToUpperInvariant(), sessionId)));
            tokens.Add(TokenIn((await MailsAsync(app, email, "applications.link-resent"))[^1].Text));
        }

        var visitor = app.CreateClient();
        async Task<HttpStatusCode> OpenAsync(string token) =>
            (await visitor.GetAsync(new Uri($"/api/public/applications/{token}", UriKind.Relative))).StatusCode;

        // Six links were mailed: the first (the confirmation's) was crowded out, the five newest work.
        Assert.Equal(HttpStatusCode.NotFound, await OpenAsync(tokens[0]));
        foreach (var token in tokens.Skip(1))
        {
            Assert.Equal(HttpStatusCode.OK, await OpenAsync(token));
        }

        clock.Advance(TimeSpan.FromDays(181));
        Assert.Equal(HttpStatusCode.NotFound, await OpenAsync(tokens[^1]));
        var page = await visitor.GetAsync(new Uri($"/Public/Application/{tokens[^1]}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("/Public/ResendLink", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resend_my_link_answers_the_same_for_any_address_mails_only_the_owner_and_is_audited()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = clock };
        var (_, sessionId, _, applicants) = await SessionApplicants.CreateAsync(app, capacity: 2, newcomers: 1, residents: 0, screen: false);
        var email = await EmailOfAsync(app, applicants[0].Id);
        var visitor = app.CreateClient();

        async Task<string> AskAsync(string address, string culture = "fr-CA")
        {
            var response = await Forms.PostAsync(visitor, "/Public/ResendLink", new() { ["Email"] = address, ["SessionId"] = "" }, culture: culture);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            return html[html.IndexOf("data-testid=\"resend-done\"", StringComparison.Ordinal)..].Split("</p>")[0];
        }

        var known = await AskAsync(" " + email.ToUpperInvariant() + " ");
        var unknown = await AskAsync("nobody-" + Guid.NewGuid().ToString("N")[..8] + "@example.org");
        Assert.Equal(known, unknown);
        Assert.Contains("10 minutes", known, StringComparison.Ordinal);
        var resent = Assert.Single(await MailsAsync(app, email, "applications.link-resent"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/api/public/applications/{TokenIn(resent.Text)}", UriKind.Relative))).StatusCode);

        // A second ask within ten minutes, and two at once, mail nothing more; the answer is still the same.
        Assert.Equal(known, await AskAsync(email));
        await Task.WhenAll(SendAsync(app, new ResendStatusLinks(email, null)), SendAsync(app, new ResendStatusLinks(email, null)));
        Assert.Single(await MailsAsync(app, email, "applications.link-resent"));

        clock.Advance(TimeSpan.FromMinutes(11));
        var results = await Task.WhenAll(SendAsync(app, new ResendStatusLinks(email, sessionId)), SendAsync(app, new ResendStatusLinks(email, sessionId)));
        Assert.Equal(1, results.Sum());
        Assert.Equal(2, (await MailsAsync(app, email, "applications.link-resent")).Count);

        // Another session named: nothing matches, nothing is sent, the request is audited without the address.
        Assert.Equal(0, await SendAsync(app, new ResendStatusLinks(email, Guid.NewGuid())));
        Assert.Equal(2L, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.audit_entries WHERE application_id = '{applicants[0].Id}' AND action = 'StatusLinkResent'"));
        Assert.True(await Sql.CountAsync(database.ConnectionString,
            "SELECT count(*) FROM applications.audit_entries WHERE application_id IS NULL AND action = 'StatusLinkResendNoMatch'") >= 2);

        // A malformed address is the one thing the form says: it reveals nothing about who applied.
        var malformed = await Forms.PostAsync(visitor, "/Public/ResendLink", new() { ["Email"] = "not an address", ["SessionId"] = "nope" });
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("error-summary", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawal_is_confirmed_once_with_a_link_and_a_freed_seat_offer_names_the_session()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = clock };
        var (staff, sessionId, session, applicants) = await SessionApplicants.CreateAsync(app, capacity: 1, newcomers: 2, residents: 0);
        (await staff.PostAsJsonAsync($"/api/sessions/{sessionId}/selection", new { rule = "ScoreThenSubmission" })).EnsureSuccessStatusCode();
        var visitor = app.CreateClient();

        var first = applicants[0];
        for (var i = 0; i < 2; i++)
        {
            (await visitor.PostAsJsonAsync($"/api/public/applications/{first.Token}/withdraw", new { reason = (string?)null })).EnsureSuccessStatusCode();
        }

        var withdrawn = Assert.Single(await MailsAsync(app, await EmailOfAsync(app, first.Id), "applications.withdrawn"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/api/public/applications/{TokenIn(withdrawn.Text)}", UriKind.Relative))).StatusCode);

        var offer = Assert.Single(await MailsAsync(app, await EmailOfAsync(app, applicants[1].Id), "applications.seat-offered"));
        Assert.Contains((string)session["title"]!, offer.Subject, StringComparison.Ordinal);
        Assert.Contains((string)session["title"]!, offer.Text, StringComparison.Ordinal);
        (await visitor.PostAsync(new Uri($"/api/public/applications/{TokenIn(offer.Text)}/confirm", UriKind.Relative), null)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_withdrawal_recorded_by_staff_and_a_ready_certificate_are_each_told_once_with_a_link()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = clock };
        var (_, sessionId, _, applicants) = await SessionApplicants.CreateAsync(app, capacity: 4, newcomers: 4, residents: 0, screen: false);
        var (left, done, late) = (applicants[0], applicants[1], applicants[2]);
        var visitor = app.CreateClient();

        // Staff recorded that a participant left (Sessions' event, delivered twice as the outbox may): one mail, with a link.
        var withdrew = new ParticipantWithdrew(Guid.NewGuid(), sessionId, left.Id, WithdrawalReason.Schedule, new DateOnly(2026, 11, 21),
            "Personne0", "x", await EmailOfAsync(app, left.Id), null, "en-CA");
        await CompletionTestData.PublishAsync(app, withdrew);
        await CompletionTestData.PublishAsync(app, withdrew);
        await CompletionTestData.PublishAsync(app, withdrew with { EventId = Guid.NewGuid() });
        var withdrawn = Assert.Single(await MailsAsync(app, await EmailOfAsync(app, left.Id), "applications.withdrawn"));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/api/public/applications/{TokenIn(withdrawn.Text)}", UriKind.Relative))).StatusCode);

        // Someone who withdrew through their own link was already told when they clicked: Sessions' echo sends nothing.
        await CompletionTestData.PublishAsync(app, withdrew with { EventId = Guid.NewGuid(), ApplicationId = late.Id, Reason = WithdrawalReason.SelfWithdrawn });
        Assert.Empty(await MailsAsync(app, await EmailOfAsync(app, late.Id), "applications.withdrawn"));

        // Completion decided: the completer is told their certificate is ready; an override later tells a new completer.
        var emails = new Dictionary<Guid, string>();
        foreach (var a in applicants)
        {
            emails[a.Id] = await EmailOfAsync(app, a.Id);
        }

        Completer Of(Applicant a) => new(Guid.NewGuid(), a.Id, "P", "Q", emails[a.Id], "fr-CA");
        var completed = new SessionCompleted(sessionId, Guid.NewGuid(), new DateOnly(2027, 1, 11), new DateOnly(2027, 2, 17), 3, [Of(done)]);
        await CompletionTestData.PublishAsync(app, completed);
        await CompletionTestData.PublishAsync(app, completed);
        var certificate = Assert.Single(await MailsAsync(app, await EmailOfAsync(app, done.Id), "applications.certificate"));
        Assert.Contains(certificate.Culture.StartsWith("en", StringComparison.Ordinal) ? "Get my certificate" : "Obtenir mon attestation", certificate.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/api/public/applications/{TokenIn(certificate.Text)}", UriKind.Relative))).StatusCode);

        await CompletionTestData.PublishAsync(app, new CompletionChanged(sessionId, new DateOnly(2027, 2, 17), Of(late), CompletionOutcome.NotCompleted));
        Assert.Empty(await MailsAsync(app, await EmailOfAsync(app, late.Id), "applications.certificate"));
        await CompletionTestData.PublishAsync(app, new CompletionChanged(sessionId, new DateOnly(2027, 2, 17), Of(late), CompletionOutcome.Completed));
        await CompletionTestData.PublishAsync(app, new CompletionChanged(sessionId, new DateOnly(2027, 2, 17), Of(late), CompletionOutcome.Completed));
        Assert.Single(await MailsAsync(app, await EmailOfAsync(app, late.Id), "applications.certificate"));
        Assert.Single(await MailsAsync(app, await EmailOfAsync(app, done.Id), "applications.certificate"));
    }

    internal sealed record Mail(string Subject, string Text, string? Html, string Culture);

    internal static async Task<List<Mail>> MailsAsync(BootcampAppFactory app, string email, string category)
    {
        var mails = new List<Mail>();
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT subject, text_body, html_body, culture FROM mail.outgoing_mails WHERE to_address = @to AND category = @category ORDER BY created_at, id",
            connection);
        command.Parameters.AddWithValue("to", email);
        command.Parameters.AddWithValue("category", category);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            mails.Add(new Mail(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3)));
        }

        return mails;
    }

    internal static string TokenIn(string text)
    {
        var match = StatusLink().Match(text);
        Assert.True(match.Success, "No status link in: " + text);
        return match.Groups[1].Value;
    }

    private static async Task<string> EmailOfAsync(BootcampAppFactory app, Guid applicationId) =>
        await Sql.ScalarAsync(app.ConnectionString, $"SELECT email FROM applications.applications WHERE id = '{applicationId}'");

    private static async Task<int> SendAsync(BootcampAppFactory app, ResendStatusLinks command)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    [GeneratedRegex(@"/Public/Application/([A-Za-z0-9_-]{43})")]
    private static partial Regex StatusLink();
}
