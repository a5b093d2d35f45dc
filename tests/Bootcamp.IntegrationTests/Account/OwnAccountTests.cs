using System.Net;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bootcamp.IntegrationTests.Account;

/// <summary>One's own name and language (issue 17, item 2).</summary>
public sealed class OwnAccountTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private BootcampAppFactory _app = null!;

    public Task InitializeAsync()
    {
        _app = new BootcampAppFactory(database.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_new_name_and_language_are_kept_and_the_page_answers_in_that_language()
    {
        var email = await TestUsers.EnsureAsync(_app, Roles.Sponsor, "own-profile@tests.bootcamp.local");
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await TestUsers.SignInAsync(client, email, TestUsers.Password);
        Assert.Contains("lang=\"fr\"", await client.GetStringAsync(new Uri("/Account/Manage", UriKind.Relative)), StringComparison.Ordinal);

        var empty = await Forms.PostAsync(client, "/Account/Manage", new() { ["DisplayName"] = "  ", ["Language"] = "en-CA" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var unknown = await Forms.PostAsync(client, "/Account/Manage", new() { ["DisplayName"] = "Amal Haddad", ["Language"] = "de-DE" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var saved = await Forms.PostAsync(client, "/Account/Manage", new() { ["DisplayName"] = "Amal Haddad", ["Language"] = "en-CA" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await client.GetStringAsync(new Uri("/Account/Manage", UriKind.Relative));
        Assert.Contains("lang=\"en\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Amal Haddad\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"notice\"", page, StringComparison.Ordinal);
        Assert.Equal(1, await Sql.CountAsync(_app.ConnectionString, $"SELECT count(*) FROM identity.\"AspNetUsers\" WHERE \"Email\" = '{email}' AND \"DisplayName\" = 'Amal Haddad' AND \"PreferredCulture\" = 'en-CA'"));
        Assert.Equal(1, await Sql.CountAsync(_app.ConnectionString, "SELECT count(*) FROM identity.account_events WHERE \"Action\" = 'ProfileChanged'"));
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Instructor)]
    [InlineData(Roles.PlacementDirector)]
    [InlineData(Roles.Sponsor)]
    public async Task Every_role_finds_its_own_account_from_the_header_of_every_page(string role)
    {
        var client = await TestUsers.SignedInClientAsync(_app, role);
        foreach (var path in new[] { "/", "/Account/Manage" })
        {
            var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
            Assert.Matches("<a href=\"/Account/Manage\"[^>]*data-testid=\"my-account\"[^>]*>Connecté·e : ", page);
        }

        var anonymous = await _app.CreateClient().GetStringAsync(new Uri("/", UriKind.Relative));
        Assert.DoesNotContain("data-testid=\"my-account\"", anonymous, StringComparison.Ordinal);
    }
}
