using System.Net;
using System.Text.RegularExpressions;
using Bootcamp.Identity;
using Bootcamp.IntegrationTests.Applications;
using Bootcamp.Shared.Privacy;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bootcamp.IntegrationTests.Privacy;

/// <summary>Issue 18 item 1: the notice reads the officer and the retention periods from the settings (so it cannot
/// drift from what the jobs apply), in both languages; every page links it from its footer; the application form links
/// it next to the consents, and the version the applicant had in front of them is stored with each consent.</summary>
public sealed partial class PrivacyNoticeTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Bootcamp:Privacy:Organisation"] = "Code pour tous",
        ["Bootcamp:Privacy:OfficerName"] = "Nadia Bélanger",
        ["Bootcamp:Privacy:OfficerTitle"] = "Directrice générale",
        ["Bootcamp:Privacy:OfficerEmail"] = "vie-privee@code-pour-tous.example",
        ["Bootcamp:Retention:NotAdmittedMonths"] = "9",
        ["Bootcamp:Retention:ParticipantYears"] = "2",
        ["Bootcamp:Retention:MailBodyDays"] = "5",
        ["Bootcamp:Retention:AuditYears"] = "6",
        ["Bootcamp:RateLimits:PublicFormsPerMinute"] = "10000",
    };

    [Theory]
    [InlineData(null, "Version " + PrivacyNotice.Version, "effacée 9 mois après", "effacé 2 ans après", "supprimé 5 jours après", "après 6 ans", "Avis de confidentialité")]
    [InlineData("en-CA", "Version " + PrivacyNotice.Version, "erased 9 months after", "erased 2 years after", "deleted 5 days after", "after 6 years", "Privacy notice")]
    public async Task The_notice_shows_the_officer_and_the_retention_the_settings_hold_in_the_readers_language(
        string? culture, string version, string notAdmitted, string participant, string mail, string audit, string footerLink)
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings);
        var visitor = app.CreateClient();
        var suffix = culture is null ? "" : "?culture=" + culture;

        var html = WebUtility.HtmlDecode(await visitor.GetStringAsync(new Uri("/Privacy" + suffix, UriKind.Relative)));

        Assert.Contains(version, html, StringComparison.Ordinal);
        Assert.Contains("Nadia Bélanger, Directrice générale", html, StringComparison.Ordinal);
        Assert.Contains("mailto:vie-privee@code-pour-tous.example", html, StringComparison.Ordinal);
        foreach (var period in new[] { notAdmitted, participant, mail, audit })
        {
            Assert.Contains(period, html, StringComparison.Ordinal);
        }

        // One line per consent purpose the form asks for.
        Assert.Equal(4, PurposeLine().Count(html));
        Assert.Contains($">{footerLink}</a>", html, StringComparison.Ordinal);
        Assert.Contains("Code pour tous", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_officer_in_the_settings_the_notice_says_whom_to_ask_instead_of_showing_an_empty_contact()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString);
        var html = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync(new Uri("/Privacy", UriKind.Relative)));

        Assert.Contains("data-testid=\"privacy-officer-unset\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("mailto:", html.Split("privacy-officer")[1].Split("</section>")[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Public/Sessions")]
    [InlineData("/Account/Login")]
    [InlineData("/Account/ForgotPassword")]
    public async Task Every_public_page_has_the_footer_with_the_organisation_the_contact_and_the_notice(string path)
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings);
        var html = await app.CreateClient().GetStringAsync(new Uri(path, UriKind.Relative));

        Assert.Contains("data-testid=\"footer-privacy\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Privacy\"", html, StringComparison.Ordinal);
        Assert.Contains("mailto:vie-privee@code-pour-tous.example", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_page_has_the_footer_too()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings);
        var staff = await TestUsers.SignedInClientAsync(app, Roles.Staff);

        Assert.Contains("data-testid=\"footer-privacy\"", await staff.GetStringAsync(new Uri("/Staff/Applications", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_links_the_notice_beside_the_consents_and_each_consent_keeps_the_version_shown_while_a_made_up_one_is_refused()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings) { Clock = new ManualClock(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero)) };
        var staff = await TestUsers.SignedInClientAsync(app, Roles.Staff);
        var track = await SessionRequests.CreateTrackAsync(staff);
        var sessionId = await SessionRequests.ScheduleAsync(staff, SessionRequests.ValidSession(track, "Avis " + Guid.NewGuid().ToString("N")[..6]));
        var visitor = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = $"/Public/Apply/{sessionId}";

        var form = await visitor.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains($"value=\"{PrivacyNotice.Version}\" data-testid=\"privacy-notice-version\"", form, StringComparison.Ordinal);
        Assert.Contains("href=\"/Privacy\" target=\"_blank\"", form, StringComparison.Ordinal);
        Assert.True(form.IndexOf("apply-privacy-link", StringComparison.Ordinal) < form.IndexOf("consent-programme", StringComparison.Ordinal));

        // A version nobody published (a tampered or invented field): the form says to reload, nothing is stored.
        var stale = ApplicationRequests.UniqueEmail("avis-faux");
        var refused = await Forms.PostAsync(visitor, page, Fields(stale, "1999-01-01", form), tokenFrom: page);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var again = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Ce formulaire n&#x27;est plus à jour", again, StringComparison.Ordinal);
        Assert.Contains($"value=\"{PrivacyNotice.Version}\" data-testid=\"privacy-notice-version\"", again, StringComparison.Ordinal);
        Assert.Contains(stale, again, StringComparison.Ordinal);
        Assert.Equal(0, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM applications.applications WHERE email = '{stale}'"));

        var email = ApplicationRequests.UniqueEmail("avis");
        form = await visitor.GetStringAsync(new Uri(page, UriKind.Relative));
        var applied = await Forms.PostAsync(visitor, page, Fields(email, PrivacyNotice.Version, form), tokenFrom: page);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal(3, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM applications.consents c JOIN applications.applications a ON a.id = c.application_id WHERE a.email = '{email}' AND c.privacy_notice_version = '{PrivacyNotice.Version}'"));

        // Staff read it on the application.
        var id = await Sql.ScalarAsync(database.ConnectionString, $"SELECT id::text FROM applications.applications WHERE email = '{email}'");
        var detail = await staff.GetStringAsync(new Uri($"/Staff/Applications/Detail?id={id}", UriKind.Relative));
        Assert.Contains($"data-testid=\"consent-notice-version\">{PrivacyNotice.Version}<", detail, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Fields(string email, string version, string form) => new()
    {
        ["IdempotencyKey"] = Key().Match(form).Groups[1].Value,
        ["Input.PrivacyNoticeVersion"] = version,
        ["Input.Profile.FirstName"] = "Awa",
        ["Input.Profile.LastName"] = "Diallo",
        ["Input.Profile.Email"] = email,
        ["Input.Profile.PreferredLanguage"] = "fr-CA",
        ["Input.Profile.ResidencyStatus"] = "RefugeeOrProtectedPerson",
        ["Input.Profile.ArrivedInCanadaOn"] = "2024-05-02",
        ["Input.Profile.AuthorisedToWork"] = "true",
        ["Input.Profile.ConfirmsEveningAvailability"] = "true",
        ["Input.Consents.ProgrammeAdministration"] = "true",
        ["Input.Consents.FollowUpContact"] = "true",
    };

    [GeneratedRegex("data-testid=\"purpose-[A-Za-z]+\"")]
    private static partial Regex PurposeLine();

    [GeneratedRegex("name=\"IdempotencyKey\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex Key();
}
