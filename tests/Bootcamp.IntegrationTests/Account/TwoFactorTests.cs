using System.Net;
using System.Text.RegularExpressions;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bootcamp.IntegrationTests.Account;

/// <summary>Two-factor sign-in (issue 17, item 2; decisions/0017): required for the roles that see personal data,
/// set up with an authenticator app, asked at every sign-in, with single-use recovery codes.</summary>
public sealed partial class TwoFactorTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private BootcampAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new BootcampAppFactory(database.ConnectionString, settings: new Dictionary<string, string?> { ["Bootcamp:SignIn:RequireTwoFactor"] = "true" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/Staff/Sessions")]
    [InlineData("/")]
    [InlineData("/Account/Manage")]
    [InlineData("/Account/Manage/Password")]
    public async Task Staff_without_two_factor_are_sent_to_set_it_up_from_any_page(string path)
    {
        var client = await TestUsers.SignedInClientAsync(_app, Roles.Staff);

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Manage/TwoFactor", response.Headers.Location!.OriginalString);
        var setUp = await client.GetStringAsync(new Uri("/Account/Manage/TwoFactor", UriKind.Relative));
        Assert.Contains("data-testid=\"two-factor-required\"", setUp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_answers_403_with_the_reason_to_staff_without_two_factor()
    {
        var client = await TestUsers.SignedInClientAsync(_app, Roles.Staff);

        var response = await client.GetAsync(new Uri("/api/sessions", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/Account/Manage/TwoFactor", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_and_the_language_switch_stay_reachable_before_set_up()
    {
        var client = await TestUsers.SignedInClientAsync(_app, Roles.PlacementDirector);
        var culture = await Forms.PostAsync(client, "/culture", new() { ["culture"] = "en-CA", ["returnUrl"] = "/Account/Manage/TwoFactor" }, tokenFrom: "/Account/Manage/TwoFactor");
        Assert.Equal(HttpStatusCode.Redirect, culture.StatusCode);
        var signOut = await Forms.PostAsync(client, "/Account/Logout", [], tokenFrom: "/Account/Manage/TwoFactor");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/", signOut.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Staff_set_up_two_factor_then_every_sign_in_asks_for_a_code_and_a_recovery_code_works_once()
    {
        var email = await TestUsers.EnsureAsync(_app, Roles.Staff, "two-factor-staff@tests.bootcamp.local");
        var client = NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await TestUsers.SignInAsync(client, email, TestUsers.Password)).StatusCode);

        // The set-up page shows the shared key and a QR code drawn on the server.
        var setUp = await client.GetStringAsync(new Uri("/Account/Manage/TwoFactor", UriKind.Relative));
        var key = TestTwoFactor.KeyOn(setUp);
        Assert.Contains("<svg", setUp, StringComparison.Ordinal);
        var wrong = await Forms.PostAsync(client, "/Account/Manage/TwoFactor?handler=Enable", new() { ["Code"] = Totp.WrongCode(key) });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        var enabled = await Forms.PostAsync(client, "/Account/Manage/TwoFactor?handler=Enable", new() { ["Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal("/Account/Manage/RecoveryCodes", enabled.Headers.Location!.OriginalString);

        var codesPage = await client.GetStringAsync(new Uri("/Account/Manage/RecoveryCodes", UriKind.Relative));
        var codes = RecoveryCode().Matches(codesPage).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        // Shown once: the page does not show them again.
        var shownAgain = await client.GetAsync(new Uri("/Account/Manage/RecoveryCodes", UriKind.Relative));
        Assert.Empty(RecoveryCode().Matches(await shownAgain.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Staff/Sessions", UriKind.Relative))).StatusCode);

        // A new browser: the password alone opens nothing; a wrong code is refused; the right one signs in.
        var next = NewClient();
        var password = await TestUsers.SignInAsync(next, email, TestUsers.Password);
        Assert.StartsWith("/Account/LoginTwoFactor", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await next.GetAsync(new Uri("/Staff/Sessions", UriKind.Relative))).StatusCode);
        var refused = await Forms.PostAsync(next, "/Account/LoginTwoFactor", new() { ["Code"] = Totp.WrongCode(key) });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var signedIn = await Forms.PostAsync(next, "/Account/LoginTwoFactor", new() { ["Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync(new Uri("/Staff/Sessions", UriKind.Relative))).StatusCode);

        // A recovery code signs in once.
        var recovered = NewClient();
        await TestUsers.SignInAsync(recovered, email, TestUsers.Password);
        var withCode = await Forms.PostAsync(recovered, "/Account/LoginRecoveryCode", new() { ["RecoveryCode"] = codes[0] });
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await recovered.GetAsync(new Uri("/Staff/Sessions", UriKind.Relative))).StatusCode);
        var again = NewClient();
        await TestUsers.SignInAsync(again, email, TestUsers.Password);
        var reused = await Forms.PostAsync(again, "/Account/LoginRecoveryCode", new() { ["RecoveryCode"] = codes[0] });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);

        var subject = $"(SELECT \"Id\" FROM identity.\"AspNetUsers\" WHERE \"Email\" = '{email}')";
        Assert.Equal(1, await Sql.CountAsync(_app.ConnectionString, $"SELECT count(*) FROM identity.account_events WHERE \"Action\" = 'TwoFactorEnabled' AND \"SubjectId\" = {subject}"));
        Assert.Equal(1, await Sql.CountAsync(_app.ConnectionString, $"SELECT count(*) FROM identity.account_events WHERE \"Action\" = 'RecoveryCodesGenerated' AND \"SubjectId\" = {subject}"));
        Assert.Equal(1, await Sql.CountAsync(_app.ConnectionString, $"SELECT count(*) FROM identity.account_events WHERE \"Action\" = 'SignedIn' AND \"Detail\" = 'authenticator' AND \"SubjectId\" = {subject}"));
        Assert.Equal(1, await Sql.CountAsync(_app.ConnectionString, $"SELECT count(*) FROM identity.account_events WHERE \"Action\" = 'SignedIn' AND \"Detail\" = 'recovery code' AND \"SubjectId\" = {subject}"));
        Assert.Equal(2, await Sql.CountAsync(_app.ConnectionString, $"SELECT count(*) FROM identity.account_events WHERE \"Action\" = 'SignInFailed' AND \"SubjectId\" = {subject}"));
    }

    [Fact]
    public async Task Regenerated_recovery_codes_replace_the_old_ones_and_a_reset_asks_for_a_new_set_up()
    {
        var email = await TestUsers.EnsureAsync(_app, Roles.Admin, "two-factor-reset@tests.bootcamp.local");
        var key = await TestTwoFactor.EnableAsync(_app, email);
        var client = NewClient();
        await TestTwoFactor.SignInAsync(client, email, TestUsers.Password, key);
        var first = await Forms.PostAsync(client, "/Account/Manage/TwoFactor?handler=Regenerate", new() { ["Confirm"] = "true" });
        Assert.Equal("/Account/Manage/RecoveryCodes", first.Headers.Location!.OriginalString);
        var old = RecoveryCode().Match(await client.GetStringAsync(new Uri("/Account/Manage/RecoveryCodes", UriKind.Relative))).Groups[1].Value;
        await Forms.PostAsync(client, "/Account/Manage/TwoFactor?handler=Regenerate", new() { ["Confirm"] = "true" });

        var other = NewClient();
        await TestUsers.SignInAsync(other, email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.BadRequest, (await Forms.PostAsync(other, "/Account/LoginRecoveryCode", new() { ["RecoveryCode"] = old })).StatusCode);

        // Without the confirmation nothing is reset.
        Assert.Equal(HttpStatusCode.BadRequest, (await Forms.PostAsync(client, "/Account/Manage/TwoFactor?handler=Reset", [])).StatusCode);
        var reset = await Forms.PostAsync(client, "/Account/Manage/TwoFactor?handler=Reset", new() { ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var setUp = await client.GetStringAsync(new Uri("/Account/Manage/TwoFactor", UriKind.Relative));
        Assert.NotEqual(key, TestTwoFactor.KeyOn(setUp));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/Staff/Sessions", UriKind.Relative))).StatusCode);
        Assert.Equal(1, await Sql.CountAsync(_app.ConnectionString, "SELECT count(*) FROM identity.account_events WHERE \"Action\" = 'TwoFactorReset'"));
    }

    [Fact]
    public async Task Instructors_are_not_forced_to_set_up_two_factor()
    {
        var client = await TestUsers.SignedInClientAsync(_app, Roles.Instructor);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Teach", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Account/Manage", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/teaching/sessions", UriKind.Relative))).StatusCode);
        var setUp = await client.GetStringAsync(new Uri("/Account/Manage/TwoFactor", UriKind.Relative));
        Assert.DoesNotContain("data-testid=\"two-factor-required\"", setUp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_second_step_keeps_a_local_return_address_only()
    {
        var (_, key) = await TestTwoFactor.SignedInClientAsync(_app, Roles.Staff, "two-factor-return@tests.bootcamp.local");
        var client = NewClient();
        var password = await Forms.PostAsync(client, "/Account/Login?ReturnUrl=%2FStaff%2FTracks", new() { ["Email"] = "two-factor-return@tests.bootcamp.local", ["Password"] = TestUsers.Password, ["ReturnUrl"] = "/Staff/Tracks" }, tokenFrom: "/Account/Login");
        var second = password.Headers.Location!.OriginalString;
        Assert.Contains("ReturnUrl=%2FStaff%2FTracks", second, StringComparison.Ordinal);
        var done = await Forms.PostAsync(client, second, new() { ["Code"] = Totp.Code(key), ["ReturnUrl"] = "/Staff/Tracks" }, tokenFrom: second);
        Assert.Equal("/Staff/Tracks", done.Headers.Location!.OriginalString);

        var offsite = NewClient();
        await TestUsers.SignInAsync(offsite, "two-factor-return@tests.bootcamp.local", TestUsers.Password);
        var away = await Forms.PostAsync(offsite, "/Account/LoginTwoFactor", new() { ["Code"] = Totp.Code(key), ["ReturnUrl"] = "https://evil.example/" });
        Assert.Equal("/", away.Headers.Location!.OriginalString);
    }

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [GeneratedRegex("data-testid=\"recovery-code\">([^<]+)<")]
    private static partial Regex RecoveryCode();
}
