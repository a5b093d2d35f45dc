using System.Net;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Bootcamp.IntegrationTests.Accounts.TeamTestData;

namespace Bootcamp.IntegrationTests.Accounts;

/// <summary>Nobody types another person's password: an invited person sets their own from a one-time, expiring link.</summary>
public sealed class InvitationTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_admin_invites_an_instructor_whose_link_sets_a_password_once_and_who_then_signs_in()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings);
        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var email = NewEmail("karim");

        var invited = await InviteAsync(admin, email, "Karim New", Roles.Instructor);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var member = await admin.GetAsync(invited.Headers.Location);
        var page = await BodyAsync(member);
        Assert.Contains("Invitation envoyée", page, StringComparison.Ordinal);
        Assert.Contains("Invité", page, StringComparison.Ordinal);

        var home = await BodyAsync(await admin.GetAsync(new Uri("/", UriKind.Relative)));
        Assert.Contains("Invitations pas encore acceptées", home, StringComparison.Ordinal);
        Assert.Contains("/Staff/Team?status=Invited", home, StringComparison.Ordinal);

        var link = await InvitationLinkAsync(database.ConnectionString, email);
        Assert.NotNull(link);
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Contains("Karim New", await BodyAsync(await anonymous.GetAsync(new Uri(link, UriKind.Relative))), StringComparison.Ordinal);

        var accepted = await AcceptAsync(anonymous, link, "a-password-of-my-own");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.StartsWith("/Account/Login?accepted=1", accepted.Headers.Location!.OriginalString, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await TestUsers.SignInAsync(anonymous, email, "a-password-of-my-own")).StatusCode);
        var again = await Forms.PostAsync(app.CreateClient(new() { AllowAutoRedirect = false }), "/Account/Invitation", new()
        {
            ["user"] = System.Web.HttpUtility.ParseQueryString(new Uri("https://x" + link).Query)["user"]!,
            ["Token"] = System.Web.HttpUtility.ParseQueryString(new Uri("https://x" + link).Query)["token"]!,
            ["NewPassword"] = "somebody-elses-password", ["ConfirmPassword"] = "somebody-elses-password",
        }, tokenFrom: "/Account/Login");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains("invitation-invalid", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var events = await Sql.CountAsync(database.ConnectionString,
            $"SELECT count(*) FROM identity.account_events e JOIN identity.\"AspNetUsers\" u ON u.\"Id\" = e.\"SubjectId\" " +
            $"WHERE u.\"Email\" = '{email}' AND e.\"Action\" IN ('Invited', 'InvitationAccepted', 'SignedIn')");
        Assert.Equal(3, events);
    }

    [Fact]
    public async Task A_new_invitation_kills_the_previous_link_and_an_expired_link_is_refused()
    {
        var clock = new ManualClock(Now);
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings) { Clock = clock };
        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var email = NewEmail("late");
        var invited = await InviteAsync(admin, email, "Late Comer", Roles.Staff);
        var id = IdFrom(invited);
        var first = (await InvitationLinkAsync(database.ConnectionString, email))!;

        var resent = await Forms.PostAsync(admin, $"/Staff/Team/Member?handler=Resend&id={id}", new() { ["id"] = id.ToString() }, tokenFrom: $"/Staff/Team/Member?id={id}");
        Assert.Equal(HttpStatusCode.Redirect, resent.StatusCode);
        var links = await InvitationLinksAsync(database.ConnectionString, email);
        Assert.Equal(2, links.Count);
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var second = links.Single(l => l != first);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(first, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(second, UriKind.Relative))).StatusCode);

        clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(second, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task An_invited_person_cannot_sign_in_before_choosing_a_password_and_a_forged_token_is_refused()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings);
        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var email = NewEmail("pending");
        var id = IdFrom(await InviteAsync(admin, email, "Pending Person", Roles.Instructor));
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.BadRequest, (await TestUsers.SignInAsync(anonymous, email, "any-password-at-all")).StatusCode);
        foreach (var token in new[] { "", "forged", new string('A', 5000), "%00%ff" })
        {
            var response = await anonymous.GetAsync(new Uri($"/Account/Invitation?user={id}&token={token}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri("/Account/Invitation?user=not-a-guid", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Staff_invite_instructors_but_only_an_admin_grants_staff_placement_or_admin()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings);
        var staff = await TestUsers.SignedInClientAsync(app, Roles.Staff);

        Assert.Equal(HttpStatusCode.Redirect, (await InviteAsync(staff, NewEmail("teacher"), "A Teacher", Roles.Instructor)).StatusCode);
        foreach (var role in new[] { Roles.Staff, Roles.Admin, Roles.PlacementDirector })
        {
            var email = NewEmail("climber");
            var refused = await InviteAsync(staff, email, "A Climber", role);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("seul un administrateur", await BodyAsync(refused), StringComparison.OrdinalIgnoreCase);
            Assert.Equal(0, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM identity.\"AspNetUsers\" WHERE \"Email\" = '{email}'"));
        }

        // Nor may staff change an admin's account.
        var adminEmail = await TestUsers.EnsureAsync(app, Roles.Admin);
        await using var scope = app.Services.CreateAsyncScope();
        var adminId = (await scope.ServiceProvider.GetRequiredService<UserManager<BootcampUser>>().FindByEmailAsync(adminEmail))!.Id;
        var demote = await PostWithRolesAsync(staff, $"/Staff/Team/Member?handler=Roles&id={adminId}", new() { ["id"] = adminId.ToString() },
            [Roles.Instructor], tokenFrom: $"/Staff/Team/Member?id={adminId}");
        Assert.Equal(HttpStatusCode.Forbidden, demote.StatusCode);
    }

    [Fact]
    public async Task Two_invitations_of_one_address_at_once_make_one_account_and_one_mail()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: Settings);
        var admin = await TestUsers.SignedInClientAsync(app, Roles.Admin);
        var email = NewEmail("twice");

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => InviteAsync(admin, email, "Twice Clicked", Roles.Instructor)));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, a.StatusCode.ToString()));
        Assert.Equal(1, await Sql.CountAsync(database.ConnectionString, $"SELECT count(*) FROM identity.\"AspNetUsers\" WHERE \"Email\" = '{email}'"));
        Assert.Single(await InvitationLinksAsync(database.ConnectionString, email));
    }
}
