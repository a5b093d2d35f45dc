using System.Text.RegularExpressions;
using Bootcamp.Identity;
using Bootcamp.IntegrationTests.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>The app as it runs for real: two-factor required for the roles that see personal data, links in mail
/// pointing at the public address (read back from the queue and opened on the test's server).</summary>
public sealed class SecureSignInApp : LiveApp
{
    protected override IReadOnlyDictionary<string, string?>? Settings() =>
        new Dictionary<string, string?>(TeamTestData.Settings) { ["Bootcamp:SignIn:RequireTwoFactor"] = "true" };
}

/// <summary>
/// Issue 17's account journeys in a real browser: a staff member forced through two-factor set-up who then signs in
/// with a code from their app; a forgotten password on a phone, in French; an instructor who leaves, whose open page
/// stops working at once — and the admin's audit showing all of it.
/// </summary>
public sealed partial class AccountSecurityJourneyTests(SecureSignInApp app, BrowserFixture browser)
    : IClassFixture<SecureSignInApp>, IClassFixture<BrowserFixture>
{
    private static async Task SignInAsync(IPage page, string email, string password, string button)
    {
        await page.GotoAsync("/Account/Login");
        await Accessibility.AssertAccessibleAsync(page);
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
    }

    private async Task<Guid> IdOfAsync(string email)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<BootcampUser>>().FindByEmailAsync(email))!.Id;
    }

    [Fact]
    public Task Staff_are_forced_to_set_up_two_factor_then_sign_in_with_a_code_from_their_app() =>
        browser.RunAsync(app, async session =>
        {
            var email = await TestUsers.EnsureAsync(app.Factory, Roles.Staff, TeamTestData.NewEmail("new-staff"));
            var page = await session.NewPageAsync(BrowserProfile.Desktop("en-CA"));
            await SignInAsync(page, email, TestUsers.Password, "Sign in");

            // Straight to set-up, and nowhere else until it is done.
            await Expect(page).ToHaveURLAsync(new Regex("/Account/Manage/TwoFactor$"));
            await Expect(page.GetByTestId("two-factor-required")).ToBeVisibleAsync();
            await page.GotoAsync("/Staff/Sessions");
            await Accessibility.AssertAccessibleAsync(page);
            await Expect(page).ToHaveURLAsync(new Regex("/Account/Manage/TwoFactor$"));
            Assert.Equal(1, await page.Locator(".qr-code svg").CountAsync());

            var key = (await page.GetByTestId("shared-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal);
            await page.GetByLabel("6-digit code").FillAsync(Totp.WrongCode(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
            await Expect(page.Locator("#code-error")).Not.ToBeEmptyAsync();

            await page.GetByLabel("6-digit code").FillAsync(Totp.Code(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
            await Expect(page.GetByTestId("recovery-code")).ToHaveCountAsync(10);

            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await SignInAsync(page, email, TestUsers.Password, "Sign in");
            await Expect(page).ToHaveURLAsync(new Regex("/Account/LoginTwoFactor"));
            await page.GetByLabel("6-digit code").FillAsync(Totp.Code(key));
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/$"));
            await page.GotoAsync("/Staff/Sessions");
            await Accessibility.AssertAccessibleAsync(page);
            await Expect(page).ToHaveURLAsync(new Regex("/Staff/Sessions$"));
        });

    [Fact]
    public Task A_forgotten_password_is_reset_from_a_phone_in_french_by_a_link_that_works_once() =>
        browser.RunAsync(app, async session =>
        {
            var email = await TestUsers.EnsureAsync(app.Factory, Roles.Instructor, TeamTestData.NewEmail("forgetful"));
            var phone = await session.NewPageAsync(BrowserProfile.Phone("fr-CA"));
            await phone.GotoAsync("/Account/Login");
            await Accessibility.AssertAccessibleAsync(phone);
            await phone.GetByRole(AriaRole.Link, new() { Name = "Mot de passe oublié?" }).ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Mot de passe oublié", Level = 1 })).ToBeVisibleAsync();

            // The same answer whether or not the address has an account.
            await phone.Locator("#email").FillAsync(TeamTestData.NewEmail("nobody"));
            await phone.GetByRole(AriaRole.Button, new() { Name = "Envoyer le lien" }).ClickAsync();
            var unknown = await phone.GetByTestId("forgot-sent").TextContentAsync();
            await phone.GotoAsync("/Account/ForgotPassword");
            await Accessibility.AssertAccessibleAsync(phone);
            await phone.Locator("#email").FillAsync(email);
            await phone.GetByRole(AriaRole.Button, new() { Name = "Envoyer le lien" }).ClickAsync();
            Assert.Equal(unknown, await phone.GetByTestId("forgot-sent").TextContentAsync());

            var body = await Sql.ScalarAsync(app.ConnectionString,
                $"SELECT text_body FROM mail.outgoing_mails WHERE to_address = '{email}' AND category = 'identity.password-reset'");
            var link = ResetLink().Match(body).Groups[1].Value;
            Assert.NotEmpty(link);
            await phone.GotoAsync(link);
            await Accessibility.AssertAccessibleAsync(phone);
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Choisir un nouveau mot de passe", Level = 1 })).ToBeVisibleAsync();
            var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"The reset page scrolls sideways on a phone: {width}px");
            await phone.Locator("#new-password").FillAsync("une toute nouvelle phrase");
            await phone.Locator("#confirm-password").FillAsync("une toute nouvelle phrase");
            await phone.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le nouveau mot de passe" }).ClickAsync();
            await Expect(phone.GetByTestId("reset-done")).ToBeVisibleAsync();

            await SignInAsync(phone, email, TestUsers.Password, "Se connecter");
            await Expect(phone).ToHaveURLAsync(new Regex("/Account/Login"));
            await SignInAsync(phone, email, "une toute nouvelle phrase", "Se connecter");
            await Expect(phone).ToHaveURLAsync(new Regex("/$"));

            await phone.GotoAsync(link);
            await Accessibility.AssertAccessibleAsync(phone);
            await Expect(phone.GetByTestId("reset-invalid")).ToBeVisibleAsync();
        });

    [Fact]
    public Task A_deactivated_instructor_is_stopped_at_the_next_click_and_the_audit_shows_what_happened() =>
        browser.RunAsync(app, async session =>
        {
            var instructorEmail = await TestUsers.EnsureAsync(app.Factory, Roles.Instructor, TeamTestData.NewEmail("leaving"));
            var adminEmail = await TestUsers.EnsureAsync(app.Factory, Roles.Admin, TeamTestData.NewEmail("admin"));
            var adminKey = await TestTwoFactor.EnableAsync(app.Factory, adminEmail);
            var instructorId = await IdOfAsync(instructorEmail);

            var teacher = await session.NewPageAsync(BrowserProfile.Desktop("en-CA"));
            await SignInAsync(teacher, instructorEmail, "not the password", "Sign in");
            await Expect(teacher.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
            await SignInAsync(teacher, instructorEmail, TestUsers.Password, "Sign in");
            await teacher.GotoAsync("/Teach");
            await Accessibility.AssertAccessibleAsync(teacher);
            await Expect(teacher).ToHaveURLAsync(new Regex("/Teach$"));

            var admin = await session.NewPageAsync(BrowserProfile.Desktop("en-CA"));
            await SignInAsync(admin, adminEmail, TestUsers.Password, "Sign in");
            await admin.GetByLabel("6-digit code").FillAsync(Totp.Code(adminKey));
            await admin.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await Expect(admin).ToHaveURLAsync(new Regex("/$"));
            await admin.GotoAsync($"/Staff/Team/Member?id={instructorId}");
            await Accessibility.AssertAccessibleAsync(admin);
            await admin.GetByTestId("deactivate").ClickAsync();
            await Expect(admin.GetByTestId("team-error")).ToBeVisibleAsync();
            await admin.Locator("#confirmed").CheckAsync();
            await admin.GetByTestId("deactivate").ClickAsync();
            await Expect(admin.GetByTestId("team-notice")).ToBeVisibleAsync();
            await Expect(admin.GetByTestId("member-status")).ToHaveTextAsync("Deactivated");

            // The page the instructor still has open stops at its next request; signing in again is refused.
            await teacher.ReloadAsync();
            await Expect(teacher).ToHaveURLAsync(new Regex("/Account/Login"));
            await SignInAsync(teacher, instructorEmail, TestUsers.Password, "Sign in");
            await Expect(teacher).ToHaveURLAsync(new Regex("/Account/Login"));
            await Expect(teacher.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();

            await admin.GotoAsync($"/Admin/Audit?person={instructorId}");
            await Accessibility.AssertAccessibleAsync(admin);
            var audit = admin.GetByRole(AriaRole.Main);
            foreach (var action in new[] { "Sign-in failed", "Signed in", "Deactivated" })
            {
                await Expect(audit.GetByRole(AriaRole.Cell, new() { Name = action, Exact = true }).First).ToBeVisibleAsync();
            }

            var csvHref = await admin.GetByTestId("audit-csv").GetAttributeAsync("href");
            var csv = await admin.Context.APIRequest.GetAsync(csvHref!);
            Assert.Equal(200, csv.Status);
            var text = await csv.TextAsync();
            Assert.Contains("Deactivated", text, StringComparison.Ordinal);
            Assert.Contains("SignInFailed", text.Replace("Sign-in failed", "SignInFailed", StringComparison.Ordinal), StringComparison.Ordinal);
        });

    [GeneratedRegex(@"https://bootcamp\.example\.org(/Account/ResetPassword\?\S+)")]
    private static partial Regex ResetLink();
}
