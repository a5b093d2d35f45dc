using System.Net;
using System.Text;
using Bootcamp.Applications.Contracts;
using Bootcamp.Identity;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Applications;

/// <summary>The staff application pages over HTTP: the audited detail view, the CSV export, screening messages in the
/// reader's language, access for Staff only, and selection previewed then committed.</summary>
public sealed class StaffPagesTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Motivation = "I want to build apps for my community motivation-marker-42";
    private BootcampAppFactory _app = null!;
    private HttpClient _staff = null!;
    private string _suffix = "";

    public async Task InitializeAsync()
    {
        _app = new BootcampAppFactory(database.ConnectionString)
        {
            Clock = new ManualClock(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero)),
        };
        _staff = await TestUsers.SignedInClientAsync(_app, Roles.Staff);
        _suffix = Guid.NewGuid().ToString("N")[..6]; // xunit builds the class once per test; the database is shared
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_detail_page_shows_the_decrypted_motivation_and_records_one_audit_row_per_view()
    {
        var sessionId = await SessionAsync(capacity: 10);
        var id = await ApplyAsync(sessionId, "Amina", newcomer: true);

        var html = await _staff.GetStringAsync(new Uri($"/Staff/Applications/Detail?id={id}", UriKind.Relative));

        Assert.Contains(Motivation, html, StringComparison.Ordinal);
        Assert.Contains("PRAIDA-" + _suffix, html, StringComparison.Ordinal);
        Assert.Equal(1, await AuditRowsAsync(id, AuditActions.ViewedSensitive));
        Assert.Equal(0, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.applications WHERE id = '{id}' AND protected_profile LIKE '%motivation-marker%'"));

        await _staff.GetStringAsync(new Uri($"/Staff/Applications/Detail?id={id}", UriKind.Relative));
        Assert.Equal(2, await AuditRowsAsync(id, AuditActions.ViewedSensitive));
    }

    [Fact]
    public async Task An_instructor_is_denied_the_list_the_detail_and_the_csv_and_nothing_is_recorded()
    {
        var sessionId = await SessionAsync(capacity: 10);
        var id = await ApplyAsync(sessionId, "Amina", newcomer: true);
        var instructor = await TestUsers.SignedInClientAsync(_app, Roles.Instructor);

        foreach (var url in new[]
                 {
                     $"/Staff/Applications?session={sessionId}", $"/Staff/Applications/Detail?id={id}",
                     $"/Staff/Applications?handler=Csv&session={sessionId}", $"/Staff/Applications/Selection?session={sessionId}",
                 })
        {
            var response = await instructor.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        Assert.Equal(0, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.audit_entries WHERE application_id = '{id}' OR session_id = '{sessionId}'"));
    }

    [Fact]
    public async Task The_csv_is_formula_injection_safe_has_a_bom_and_holds_no_sensitive_field()
    {
        var sessionId = await SessionAsync(capacity: 10);
        await ApplyAsync(sessionId, "=HYPERLINK(\"http://evil.example\",\"x\")", newcomer: true);
        await ApplyAsync(sessionId, "@Sum", newcomer: false);

        var response = await _staff.GetAsync(new Uri($"/Staff/Applications?handler=Csv&session={sessionId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(".csv", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);

        Assert.StartsWith("name,email,phone,language,category,status,screening,score,waitlist_rank,submitted_at_montreal\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\") " + _suffix + "\"", csv, StringComparison.Ordinal);
        Assert.Contains("'@Sum " + _suffix, csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n=", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("motivation-marker", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("AsylumClaimant", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("PRAIDA", csv, StringComparison.Ordinal);
        Assert.Contains("2026-11-20 10:00", csv, StringComparison.Ordinal); // 15:00 UTC is 10:00 in Montréal
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.audit_entries WHERE session_id = '{sessionId}' AND application_id IS NULL AND action = 'ExportedCsv'"));
    }

    [Theory]
    [InlineData(null, "Indiquez pourquoi la candidature n'est pas admissible.")]
    [InlineData("en-CA", "Say why the application is not eligible.")]
    public async Task The_screening_form_shows_the_localised_reason_required_message(string? culture, string message)
    {
        var sessionId = await SessionAsync(capacity: 10);
        var id = await ApplyAsync(sessionId, "Amina", newcomer: true);

        var response = await PostFormAsync($"/Staff/Applications/Detail?id={id}", culture, new()
        {
            ["Input.Outcome"] = "ineligible",
            ["Input.Score"] = "40",
            ["Input.Reason"] = "",
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Matches("id=\"reason-error\"[^>]*>" + System.Text.RegularExpressions.Regex.Escape(message), html);
        Assert.Equal(0, await AuditRowsAsync(id, AuditActions.Screened));
    }

    [Fact]
    public async Task Screening_from_the_page_saves_an_encrypted_note_and_is_recorded()
    {
        var sessionId = await SessionAsync(capacity: 10);
        var id = await ApplyAsync(sessionId, "Amina", newcomer: true);

        var response = await PostFormAsync($"/Staff/Applications/Detail?id={id}", null, new()
        {
            ["Input.Outcome"] = "eligible",
            ["Input.Score"] = "85",
            ["Input.Notes"] = "Very clear motivation note-marker-7",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await AuditRowsAsync(id, AuditActions.Screened));
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.applications WHERE id = '{id}' AND screening = 'Eligible' AND score = 85"));
        Assert.Equal(0, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.screening_notes WHERE protected_text LIKE '%note-marker%'"));
        var html = await _staff.GetStringAsync(new Uri($"/Staff/Applications/Detail?id={id}", UriKind.Relative));
        Assert.Contains("Very clear motivation note-marker-7", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_counts_against_seats_filters_and_links()
    {
        var sessionId = await SessionAsync(capacity: 10);
        var amina = await ApplyAsync(sessionId, "Amina", newcomer: true);
        await ApplyAsync(sessionId, "Bruno", newcomer: false);

        var html = await _staff.GetStringAsync(new Uri($"/Staff/Applications?session={sessionId}", UriKind.Relative));
        Assert.Contains($"/Staff/Applications/Detail?id={amina}", html, StringComparison.Ordinal);
        Assert.Contains("Bruno " + _suffix, html, StringComparison.Ordinal);
        Assert.Contains("Nouvel arrivant", html, StringComparison.Ordinal);

        var filtered = await _staff.GetStringAsync(new Uri($"/Staff/Applications?session={sessionId}&category=EstablishedResident", UriKind.Relative));
        Assert.DoesNotContain($"Detail?id={amina}", filtered, StringComparison.Ordinal);
        Assert.Contains("Bruno " + _suffix, filtered, StringComparison.Ordinal);

        var empty = await _staff.GetStringAsync(new Uri($"/Staff/Applications?session={sessionId}&status=Confirmed", UriKind.Relative));
        Assert.Contains("Aucune candidature ne correspond", empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_selection_page_previews_then_commits_after_confirmation_and_admits_the_right_counts()
    {
        var sessionId = await SessionAsync(capacity: 10);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            for (var i = 0; i < 17; i++)
            {
                var id = await ApplyAsync(sessionId, "Personne" + i, newcomer: i < 12);
                await mediator.Send(new ScreenApplication(id, true, 50 + i, null));
            }
        }

        var page = await _staff.GetStringAsync(new Uri($"/Staff/Applications/Selection?session={sessionId}", UriKind.Relative));
        Assert.Contains("10 places : 7 pour les nouveaux arrivants, 3 pour les résidents établis.", page, StringComparison.Ordinal);
        Assert.Contains("La période de candidature est encore ouverte", WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        var form = new Dictionary<string, string> { ["session"] = sessionId.ToString(), ["Rule"] = "ScoreThenSubmission" };
        var preview = await PostFormAsync("/Staff/Applications/Selection?handler=Preview", null, form);
        var previewHtml = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("10 seraient admis et 7 mis en attente.", previewHtml, StringComparison.Ordinal);
        Assert.Equal(0, await AdmittedAsync(sessionId, null));

        var unconfirmed = await PostFormAsync("/Staff/Applications/Selection?handler=Commit", null, form);
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("Cochez la case pour confirmer", WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await AdmittedAsync(sessionId, null));

        form["Reviewed"] = "true";
        var commit = await PostFormAsync("/Staff/Applications/Selection?handler=Commit", null, form);
        var commitHtml = WebUtility.HtmlDecode(await commit.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, commit.StatusCode);
        Assert.Contains("Sélection validée : 10 admis, 7 en attente.", commitHtml, StringComparison.Ordinal);
        Assert.Equal(10, await AdmittedAsync(sessionId, null));
        Assert.Equal(7, await AdmittedAsync(sessionId, "Newcomer"));
        Assert.Equal(3, await AdmittedAsync(sessionId, "EstablishedResident"));
    }

    private async Task<Guid> SessionAsync(int capacity)
    {
        var track = await SessionRequests.CreateTrackAsync(_staff, "Parcours " + _suffix, "Track " + _suffix);
        var session = SessionRequests.ValidSession(track, "Candidatures " + _suffix);
        session["capacity"] = capacity;
        return await SessionRequests.ScheduleAsync(_staff, session);
    }

    private async Task<Guid> ApplyAsync(Guid sessionId, string firstName, bool newcomer)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var result = await mediator.Send(new Apply(
            sessionId,
            new ApplicantProfile
            {
                FirstName = firstName,
                LastName = _suffix,
                Email = $"{Guid.NewGuid():N}@example.org",
                Phone = "+1 514 555 0101",
                PreferredLanguage = "fr-CA",
                ResidencyStatus = newcomer ? ResidencyStatus.AsylumClaimant : ResidencyStatus.Citizen,
                AuthorisedToWork = true,
                ConfirmsEveningAvailability = true,
                Motivation = Motivation,
                ReferringAgency = "PRAIDA-" + _suffix,
            },
            new ConsentAnswers(true, true, false),
            Guid.NewGuid().ToString()));
        return result.ApplicationId;
    }

    private Task<HttpResponseMessage> PostFormAsync(string url, string? culture, Dictionary<string, string> fields) =>
        Forms.PostAsync(_staff, url, fields, tokenFrom: "/Staff/Applications", culture);

    private Task<long> AuditRowsAsync(Guid applicationId, string action) => Sql.CountAsync(database.ConnectionString,
        $"SELECT count(*) FROM applications.audit_entries WHERE application_id = '{applicationId}' AND action = '{action}'");

    private Task<long> AdmittedAsync(Guid sessionId, string? category) => Sql.CountAsync(database.ConnectionString,
        $"SELECT count(*) FROM applications.applications WHERE session_id = '{sessionId}' AND status = 'Admitted'"
        + (category is null ? "" : $" AND category = '{category}'"));
}
