using System.Net;
using System.Text.RegularExpressions;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bootcamp.IntegrationTests.Account;

/// <summary>Changing one's password and resetting a forgotten one (issue 17, items 2 and 3; decisions/0017).</summary>
public sealed partial class PasswordTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string NewPassword = "a-brand-new-long-password";
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private BootcampAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new BootcampAppFactory(database.ConnectionString) { Clock = _clock };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Changing_ones_password_ends_the_other_sessions_and_keeps_this_one()
    {
        var email = await TestUsers.EnsureAsync(_app, Roles.Instructor, "change-password@tests.bootcamp.local");
        var here = await SignedInAsync(email, TestUsers.Password);
        var elsewhere = await SignedInAsync(email, TestUsers.Password);

        var wrongCurrent = await Forms.PostAsync(here, "/Account/Manage/Password", new() { ["CurrentPassword"] = "not-the-password", ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        Assert.Equal(HttpStatusCode.BadRequest, wrongCurrent.StatusCode);
        var tooShort = await Forms.PostAsync(here, "/Account/Manage/Password", new() { ["CurrentPassword"] = TestUsers.Password, ["NewPassword"] = "short", ["ConfirmPassword"] = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        var changed = await Forms.PostAsync(here, "/Account/Manage/Password", new() { ["CurrentPassword"] = TestUsers.Password, ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync(new Uri("/Account/Manage/Password", UriKind.Relative))).StatusCode);
        var ended = await elsewhere.GetAsync(new Uri("/Account/Manage", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/Account/Login", ended.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await TestUsers.SignInAsync(NewClient(), email, NewPassword)).StatusCode);
        Assert.Equal(1, await AuditCountAsync("PasswordChanged", email));
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_whatever_the_email_and_mails_only_an_active_account()
    {
        var known = await TestUsers.EnsureAsync(_app, Roles.Staff, "forgot-known@tests.bootcamp.local");
        var deactivated = await TestUsers.EnsureAsync(_app, Roles.Staff, "forgot-deactivated@tests.bootcamp.local");
        await Sql.ExecuteAsync(_app.ConnectionString, $"UPDATE identity.\"AspNetUsers\" SET \"DeactivatedAt\" = now() WHERE \"Email\" = '{deactivated}'");

        var answers = new List<(HttpStatusCode, string?, string)>();
        foreach (var email in new[] { known, "nobody-here@tests.bootcamp.local", deactivated })
        {
            var response = await Forms.PostAsync(NewClient(), "/Account/ForgotPassword", new() { ["Email"] = email });
            var page = await NewClient().GetStringAsync(response.Headers.Location);
            answers.Add((response.StatusCode, response.Headers.Location?.OriginalString, Antiforgery().Replace(page, "")));
        }

        Assert.Equal(HttpStatusCode.Redirect, answers[0].Item1);
        Assert.All(answers, a => Assert.Equal(answers[0], a));
        // The class shares one database: count the mails of these three addresses only.
        Assert.Equal(1, await Sql.CountAsync(_app.ConnectionString,
            $"SELECT count(*) FROM mail.outgoing_mails WHERE category = 'identity.password-reset' AND to_address IN ('{known}', 'nobody-here@tests.bootcamp.local', '{deactivated}')"));
        Assert.Equal(1, await Sql.CountAsync(_app.ConnectionString, $"SELECT count(*) FROM mail.outgoing_mails WHERE category = 'identity.password-reset' AND to_address = '{known}'"));
        Assert.Equal(1, await AuditCountAsync("PasswordResetRequested", known));
        Assert.Equal(0, await AuditCountAsync("PasswordResetRequested", deactivated));
    }

    [Fact]
    public async Task A_reset_link_works_once_and_ends_every_session()
    {
        var email = await TestUsers.EnsureAsync(_app, Roles.PlacementDirector, "reset-once@tests.bootcamp.local");
        var session = await SignedInAsync(email, TestUsers.Password);
        var link = await RequestLinkAsync(email);
        Assert.StartsWith("http", link, StringComparison.Ordinal);
        var path = new Uri(link).PathAndQuery;

        var client = NewClient();
        var form = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        Assert.DoesNotContain("data-testid=\"reset-invalid\"", form, StringComparison.Ordinal);
        var fields = ResetFields(form);
        var mismatch = await Forms.PostAsync(client, "/Account/ResetPassword", new(fields) { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = "something-else-entirely" }, tokenFrom: path);
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        var reset = await Forms.PostAsync(client, "/Account/ResetPassword", new(fields) { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword }, tokenFrom: path);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("data-testid=\"reset-done\"", await client.GetStringAsync(reset.Headers.Location), StringComparison.Ordinal);

        // Every session of that person ended; the new password signs in; the link does not work twice.
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync(new Uri("/Placements", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TestUsers.SignInAsync(NewClient(), email, NewPassword)).StatusCode);
        Assert.Contains("data-testid=\"reset-invalid\"", await NewClient().GetStringAsync(new Uri(path, UriKind.Relative)), StringComparison.Ordinal);
        var second = await Forms.PostAsync(NewClient(), "/Account/ResetPassword", new(fields) { ["NewPassword"] = "yet-another-long-password", ["ConfirmPassword"] = "yet-another-long-password" }, tokenFrom: path);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("data-testid=\"reset-invalid\"", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await TestUsers.SignInAsync(NewClient(), email, NewPassword)).StatusCode);
        Assert.Equal(1, await AuditCountAsync("PasswordReset", email));
    }

    [Fact]
    public async Task A_reset_link_expires_after_two_hours_and_a_forged_one_says_the_same()
    {
        var email = await TestUsers.EnsureAsync(_app, Roles.Staff, "reset-expired@tests.bootcamp.local");
        var path = new Uri(await RequestLinkAsync(email)).PathAndQuery;
        var fields = ResetFields(await NewClient().GetStringAsync(new Uri(path, UriKind.Relative)));

        _clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));

        var expired = await NewClient().GetStringAsync(new Uri(path, UriKind.Relative));
        Assert.Contains("data-testid=\"reset-invalid\"", expired, StringComparison.Ordinal);
        Assert.Contains("href=\"/Account/ForgotPassword\"", expired, StringComparison.Ordinal);
        var refused = await Forms.PostAsync(NewClient(), "/Account/ResetPassword", new(fields) { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword }, tokenFrom: path);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TestUsers.SignInAsync(NewClient(), email, TestUsers.Password)).StatusCode);

        var forged = await NewClient().GetStringAsync(new Uri($"/Account/ResetPassword?user={Guid.NewGuid()}&token=forged", UriKind.Relative));
        Assert.Contains("data-testid=\"reset-invalid\"", forged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_links_to_forgot_password()
    {
        var login = await NewClient().GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        Assert.Contains("href=\"/Account/ForgotPassword\"", login, StringComparison.Ordinal);
    }

    private async Task<string> RequestLinkAsync(string email)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(NewClient(), "/Account/ForgotPassword", new() { ["Email"] = email })).StatusCode);
        var body = await Sql.ScalarAsync(_app.ConnectionString, $"SELECT text_body FROM mail.outgoing_mails WHERE to_address = '{email}' AND category = 'identity.password-reset'");
        return Link().Match(body).Value;
    }

    private static Dictionary<string, string> ResetFields(string form) => new()
    {
        ["User"] = WebUtility.HtmlDecode(Hidden("User").Match(form).Groups[1].Value),
        ["Token"] = WebUtility.HtmlDecode(Hidden("Token").Match(form).Groups[1].Value),
    };

    private static Regex Hidden(string name) => new($"name=\"{name}\" value=\"([^\"]*)\"");

    private async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var client = NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await TestUsers.SignInAsync(client, email, password)).StatusCode);
        return client;
    }

    private Task<long> AuditCountAsync(string action, string email) => Sql.CountAsync(_app.ConnectionString,
        $"SELECT count(*) FROM identity.account_events WHERE \"Action\" = '{action}' AND \"SubjectId\" = (SELECT \"Id\" FROM identity.\"AspNetUsers\" WHERE \"Email\" = '{email}')");

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [GeneratedRegex("https?://\\S+/Account/ResetPassword\\S+")]
    private static partial Regex Link();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"")]
    private static partial Regex Antiforgery();
}
