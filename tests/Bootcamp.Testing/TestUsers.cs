using System.Net;
using System.Text.RegularExpressions;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Testing;

public static partial class TestUsers
{
    public const string Password = "integration-test-password";

    /// <summary>Creates (once) a person holding <paramref name="role"/> and returns their email.</summary>
    public static async Task<string> EnsureAsync(WebApplicationFactory<Program> app, string role, string? email = null)
    {
        email ??= $"{role.ToLowerInvariant()}@tests.bootcamp.local";
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().EnsureUserAsync(email, role + " person", role, "fr-CA", Password);
        return email;
    }

    /// <summary>A client signed in as a new person of <paramref name="role"/>, through the real sign-in page.</summary>
    public static async Task<HttpClient> SignedInClientAsync(WebApplicationFactory<Program> app, string role)
    {
        var email = await EnsureAsync(app, role);
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await SignInAsync(client, email, Password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {role} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    /// <summary>Posts the sign-in form with its antiforgery token, as a browser would.</summary>
    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        Forms.PostAsync(client, "/Account/Login", new() { ["Email"] = email, ["Password"] = password });

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        return TokenPattern().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {page}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
