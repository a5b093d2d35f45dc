using System.Net;
using System.Text.RegularExpressions;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Testing;

/// <summary>Two-factor sign-in for tests: an account given an authenticator through Identity, and the two-step sign-in
/// through the real pages (decisions/0017).</summary>
public static partial class TestTwoFactor
{
    /// <summary>Gives the account an authenticator key and turns two-factor sign-in on, as the set-up page does; returns the key.</summary>
    public static async Task<string> EnableAsync(WebApplicationFactory<Program> app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BootcampUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}");
        await users.ResetAuthenticatorKeyAsync(user);
        await users.SetTwoFactorEnabledAsync(user, true);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>The same for a Host running as a process of its own (<see cref="HostProcess"/>): written where Identity's
    /// store keeps it, the key as base32 text among the user's tokens.</summary>
    public static async Task<string> EnableInDatabaseAsync(string connectionString, string email)
    {
        const string Key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        await Sql.ExecuteAsync(connectionString, $"""
            UPDATE identity."AspNetUsers" SET "TwoFactorEnabled" = true WHERE "NormalizedEmail" = upper('{email}');
            INSERT INTO identity."AspNetUserTokens" ("UserId", "LoginProvider", "Name", "Value")
            SELECT "Id", '[AspNetUserStore]', 'AuthenticatorKey', '{Key}' FROM identity."AspNetUsers" WHERE "NormalizedEmail" = upper('{email}')
            ON CONFLICT ("UserId", "LoginProvider", "Name") DO UPDATE SET "Value" = excluded."Value";
            """);
        return Key;
    }

    /// <summary>Password, then the authenticator code, through /Account/Login and /Account/LoginTwoFactor.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string key)
    {
        var first = await TestUsers.SignInAsync(client, email, password);
        if (first.StatusCode != HttpStatusCode.Redirect || first.Headers.Location?.OriginalString.Contains("/Account/LoginTwoFactor", StringComparison.Ordinal) != true)
        {
            throw new InvalidOperationException($"The password step did not ask for a code: {(int)first.StatusCode} {first.Headers.Location}");
        }

        var secondPage = first.Headers.Location.OriginalString;
        return await Forms.PostAsync(client, secondPage, new() { ["Code"] = Totp.Code(key) }, tokenFrom: secondPage);
    }

    /// <summary>A client signed in with a password and a code, as a person of <paramref name="role"/> who set up two-factor sign-in.</summary>
    public static async Task<(HttpClient Client, string Key)> SignedInClientAsync(WebApplicationFactory<Program> app, string role, string? email = null)
    {
        email = await TestUsers.EnsureAsync(app, role, email);
        var key = await EnableAsync(app, email);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await SignInAsync(client, email, TestUsers.Password, key);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Two-factor sign-in as {role} failed: {(int)response.StatusCode}");
        }

        return (client, key);
    }

    /// <summary>The shared key as the set-up page shows it (groups of four letters).</summary>
    public static string KeyOn(string html) =>
        KeyPattern().Match(html) is { Success: true } match
            ? match.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal)
            : throw new InvalidOperationException("No shared key on the page");

    [GeneratedRegex("data-testid=\"shared-key\"[^>]*>([A-Z2-7 ]+)<")]
    private static partial Regex KeyPattern();
}
