using System.Net;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Bootcamp.IntegrationTests.Accounts.TeamTestData;

namespace Bootcamp.IntegrationTests.Accounts;

/// <summary>Someone lost both their authenticator and their recovery codes: whoever manages their account turns
/// two-factor off for them from the team page, after checking who is asking (issue 17; decisions/0017).</summary>
public sealed class TwoFactorResetTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private BootcampAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new BootcampAppFactory(database.ConnectionString, settings: new Dictionary<string, string?>(Settings)
        {
            ["Bootcamp:SignIn:RequireTwoFactor"] = "true",
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<BootcampUser> UserAsync(string email)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<BootcampUser>>().FindByEmailAsync(email))!;
    }

    private static Task<HttpResponseMessage> ResetAsync(HttpClient actor, Guid id, bool checkedIdentity = true)
    {
        var fields = new Dictionary<string, string> { ["id"] = id.ToString() };
        if (checkedIdentity)
        {
            fields["IdentityChecked"] = "true";
        }

        return Forms.PostAsync(actor, $"/Staff/Team/Member?handler=ResetTwoFactor&id={id}", fields, tokenFrom: $"/Staff/Team/Member?id={id}");
    }

    [Fact]
    public async Task An_admin_resets_a_lost_authenticator_and_the_person_sets_it_up_again_at_the_next_sign_in()
    {
        var (admin, _) = await TestTwoFactor.SignedInClientAsync(_app, Roles.Admin);
        var email = NewEmail("lost-phone");
        var (staff, oldKey) = await TestTwoFactor.SignedInClientAsync(_app, Roles.Staff, email);
        var id = (await UserAsync(email)).Id;
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(new Uri("/Staff/Sessions", UriKind.Relative))).StatusCode);
        Assert.Contains("data-testid=\"reset-two-factor\"", await admin.GetStringAsync(new Uri($"/Staff/Team/Member?id={id}", UriKind.Relative)), StringComparison.Ordinal);

        // Not without saying the identity was checked: nothing changes.
        var unchecked_ = await ResetAsync(admin, id, checkedIdentity: false);
        Assert.Equal(HttpStatusCode.BadRequest, unchecked_.StatusCode);
        Assert.Contains("vérifié l'identité", await BodyAsync(unchecked_), StringComparison.Ordinal);
        Assert.True((await UserAsync(email)).TwoFactorEnabled);

        var done = await ResetAsync(admin, id);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("La connexion à deux facteurs est désactivée pour ce compte", await BodyAsync(await admin.GetAsync(done.Headers.Location)), StringComparison.Ordinal);
        var after = await UserAsync(email);
        Assert.False(after.TwoFactorEnabled);
        Assert.Equal(0, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM identity.\"AspNetUserTokens\" WHERE \"UserId\" = '{id}' AND \"Name\" = 'RecoveryCodes' AND \"Value\" <> ''"));
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM identity.account_events WHERE \"SubjectId\" = '{id}' AND \"Action\" = 'TwoFactorReset' AND \"ActorId\" <> \"SubjectId\""));

        // The open session ends; the next sign-in asks for no code and sends the person to set up a new authenticator.
        var next = await staff.GetAsync(new Uri("/Staff/Sessions", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/Account/Login", next.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        var again = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signedIn = await TestUsers.SignInAsync(again, email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.DoesNotContain("LoginTwoFactor", signedIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var gate = await again.GetAsync(new Uri("/Staff/Sessions", UriKind.Relative));
        Assert.Equal("/Account/Manage/TwoFactor", gate.Headers.Location!.OriginalString);
        var setUp = await again.GetStringAsync(new Uri("/Account/Manage/TwoFactor", UriKind.Relative));
        Assert.NotEqual(oldKey, TestTwoFactor.KeyOn(setUp));

        // Nothing left to reset: the section is gone and a repeated post changes nothing.
        Assert.DoesNotContain("data-testid=\"reset-two-factor\"", await admin.GetStringAsync(new Uri($"/Staff/Team/Member?id={id}", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await ResetAsync(admin, id)).StatusCode);
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM identity.account_events WHERE \"SubjectId\" = '{id}' AND \"Action\" = 'TwoFactorReset'"));
    }

    [Fact]
    public async Task Staff_reset_an_instructors_but_not_an_admins_and_nobody_resets_their_own_from_the_team_page()
    {
        var (staff, _) = await TestTwoFactor.SignedInClientAsync(_app, Roles.Staff, NewEmail("staff-resetter"));
        var instructorEmail = NewEmail("instructor-lost");
        await TestUsers.EnsureAsync(_app, Roles.Instructor, instructorEmail);
        await TestTwoFactor.EnableAsync(_app, instructorEmail);
        var adminEmail = NewEmail("admin-lost");
        await TestUsers.EnsureAsync(_app, Roles.Admin, adminEmail);
        await TestTwoFactor.EnableAsync(_app, adminEmail);

        Assert.Equal(HttpStatusCode.Redirect, (await ResetAsync(staff, (await UserAsync(instructorEmail)).Id)).StatusCode);
        Assert.False((await UserAsync(instructorEmail)).TwoFactorEnabled);

        Assert.Equal(HttpStatusCode.Forbidden, (await ResetAsync(staff, (await UserAsync(adminEmail)).Id)).StatusCode);
        Assert.True((await UserAsync(adminEmail)).TwoFactorEnabled);

        var selfEmail = NewEmail("admin-self");
        var (admin, _) = await TestTwoFactor.SignedInClientAsync(_app, Roles.Admin, selfEmail);
        Assert.Equal(HttpStatusCode.BadRequest, (await ResetAsync(admin, (await UserAsync(selfEmail)).Id)).StatusCode);
        Assert.True((await UserAsync(selfEmail)).TwoFactorEnabled);
    }
}
