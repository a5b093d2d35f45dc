using System.Net;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>A session ends on the server: a sign-in cookie copied before sign-out, a password change or a deactivation
/// opens nothing afterwards (issue 16, item 12).</summary>
public sealed class SignOutTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private BootcampAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new BootcampAppFactory(database.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_cookie_captured_before_sign_out_no_longer_reads_the_api_or_a_staff_page()
    {
        var (client, cookie) = await SignInAsync("signed-out@tests.bootcamp.local");
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(cookie, "/api/sessions")).StatusCode);

        var token = await TestUsers.AntiforgeryTokenAsync(client, "/Staff/Sessions");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(new Uri("/Account/Logout", UriKind.Relative), form)).StatusCode);

        await AssertEndedAsync(cookie);
        // The admin's audit shows the session ended by the person's own hand (issue 17, item 4).
        Assert.Equal(1, await Sql.CountAsync(_app.ConnectionString, """
            SELECT count(*) FROM identity.account_events e JOIN identity."AspNetUsers" u ON u."Id" = e."SubjectId"
            WHERE u."NormalizedEmail" = upper('signed-out@tests.bootcamp.local') AND e."Action" = 'SignedOut' AND e."ActorId" = u."Id"
            """));
    }

    [Fact]
    public async Task A_password_change_ends_the_sessions_opened_with_the_old_password()
    {
        var email = "changed-password@tests.bootcamp.local";
        var (_, cookie) = await SignInAsync(email);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<BootcampUser>>();
            var user = await users.FindByEmailAsync(email);
            Assert.True((await users.ChangePasswordAsync(user!, TestUsers.Password, "a-brand-new-long-password")).Succeeded);
        }

        await AssertEndedAsync(cookie);
    }

    [Fact]
    public async Task Deactivating_an_account_as_the_operations_notes_say_ends_its_sessions()
    {
        var email = "deactivated@tests.bootcamp.local";
        var (_, cookie) = await SignInAsync(email);

        // deploy/OPERATIONS.md, "Ending someone's access".
        await Sql.ExecuteAsync(_app.ConnectionString, $"""
            UPDATE identity."AspNetUsers" SET "LockoutEnd" = 'infinity', "SecurityStamp" = gen_random_uuid()::text
            WHERE "NormalizedEmail" = upper('{email}')
            """);

        await AssertEndedAsync(cookie);
        Assert.NotEqual(HttpStatusCode.Redirect, (await TestUsers.SignInAsync(NewClient(), email, TestUsers.Password)).StatusCode);
    }

    [Fact]
    public async Task Someone_else_failing_to_sign_in_as_you_does_not_end_your_session()
    {
        var email = "targeted@tests.bootcamp.local";
        var (_, cookie) = await SignInAsync(email);
        for (var i = 0; i < 6; i++)
        {
            await TestUsers.SignInAsync(NewClient(), email, "guess-" + i);
        }

        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(cookie, "/api/sessions")).StatusCode);
    }

    private HttpClient NewClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Signs in through the page and keeps the authentication cookie as a thief would copy it.</summary>
    private async Task<(HttpClient Client, string Cookie)> SignInAsync(string email)
    {
        await TestUsers.EnsureAsync(_app, Roles.Staff, email);
        var client = NewClient();
        var response = await TestUsers.SignInAsync(client, email, TestUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookies = response.Headers.GetValues("Set-Cookie")
            .Where(c => c.StartsWith("bootcamp.auth", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0]);
        return (client, string.Join("; ", cookies));
    }

    /// <summary>The copied cookie, sent from a client of its own that keeps no cookies of its own.</summary>
    private async Task<HttpResponseMessage> ReplayAsync(string cookie, string path)
    {
        using var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private async Task AssertEndedAsync(string cookie)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await ReplayAsync(cookie, "/api/sessions")).StatusCode);
        var page = await ReplayAsync(cookie, "/Staff/Sessions");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
