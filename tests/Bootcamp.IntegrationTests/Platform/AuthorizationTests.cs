using System.Net;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit.Abstractions;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>Each role reaches what it needs and is denied the rest (deny by default).</summary>
public sealed class AuthorizationTests(SignedInRolesFixture roles) : IClassFixture<SignedInRolesFixture>
{
    private BootcampAppFactory _app => roles.App;
    private Dictionary<string, HttpClient> _clients => roles.Clients;

    public static TheoryData<string, string, string> Matrix()
    {
        var data = new TheoryData<string, string, string>();
        string[] staffOnly = ["/Staff/Sessions", "/Staff/Sessions/Edit", "/Staff/Tracks", "/Staff/Tracks/Edit", "/api/sessions", "/api/tracks"];
        foreach (var path in staffOnly)
        {
            foreach (var role in Roles.All)
            {
                data.Add(role, path, role is Roles.Admin or Roles.Staff ? "allowed" : "denied");
            }
        }

        foreach (var role in Roles.All)
        {
            data.Add(role, "/Admin/Mailbox", role == Roles.Admin ? "allowed" : "denied");
            // Hangfire's dashboard is middleware, not a page: a refusal is a plain 403.
            data.Add(role, "/Admin/Jobs", role == Roles.Admin ? "allowed" : "forbidden");
            data.Add(role, "/Placements/Leads", role is Roles.Admin or Roles.PlacementDirector ? "allowed" : "denied");
            data.Add(role, "/Placements", role is Roles.Admin or Roles.PlacementDirector ? "allowed" : "denied");
            data.Add(role, "/Staff/Tracks/Questionnaires?id=" + Guid.Empty, role is Roles.Admin or Roles.Staff ? "missing" : "denied");
            data.Add(role, "/Teach", role is Roles.Admin or Roles.Staff or Roles.Instructor ? "allowed" : "denied");
            data.Add(role, "/api/teaching/sessions", role is Roles.Admin or Roles.Staff or Roles.Instructor ? "allowed" : "denied");
            data.Add(role, "/Staff/Sessions/Roster?id=" + Guid.Empty, role is Roles.Admin or Roles.Staff ? "missing" : "denied");
            // Reporting: the sponsor portal is the Sponsor role's only page; staff keep sponsors and see the figures.
            data.Add(role, "/Sponsor", role == Roles.Sponsor ? "allowed" : "denied");
            data.Add(role, "/Sponsor?handler=Report&scope=AllFunded&lang=en-CA", role == Roles.Sponsor ? "missing" : "denied");
            data.Add(role, "/Staff/Reports", role is Roles.Admin or Roles.Staff ? "allowed" : "denied");
            data.Add(role, "/Staff/Sponsors", role is Roles.Admin or Roles.Staff ? "allowed" : "denied");
            data.Add(role, "/Staff/Sponsors/Edit?id=" + Guid.Empty, role is Roles.Admin or Roles.Staff ? "missing" : "denied");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Role_reaches_only_what_its_policy_allows(string role, string path, string expected)
    {
        var response = await _clients[role].GetAsync(new Uri(path, UriKind.Relative));

        if (expected == "allowed")
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else if (expected == "missing")
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        else if (expected == "forbidden" || path.StartsWith("/api", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/Staff/Sessions")]
    [InlineData("/Admin/Mailbox")]
    [InlineData("/Admin/Jobs")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string path)
    {
        var response = await _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/sessions")]
    [InlineData("/api/tracks")]
    public async Task Anonymous_api_calls_get_401_not_a_redirect(string path)
    {
        var response = await _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Public/Sessions")]
    [InlineData("/api/public/sessions")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/Account/Login")]
    public async Task Public_pages_need_no_sign_in(string path)
    {
        var response = await _app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_sessions_api()
    {
        var json = await _app.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        Assert.Contains("/api/sessions", json, StringComparison.Ordinal);
        Assert.Contains("/api/tracks", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_page_is_a_friendly_404()
    {
        var response = await _clients[Roles.Staff].GetAsync(new Uri("/no/such/page", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page introuvable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>One app and one signed-in client per role, shared by the whole matrix (signing in hashes a password).</summary>
public sealed class SignedInRolesFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private readonly DatabaseFixture _database = new(diagnostics);

    public BootcampAppFactory App { get; private set; } = null!;

    public Dictionary<string, HttpClient> Clients { get; } = [];

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        App = new BootcampAppFactory(_database.ConnectionString);
        foreach (var role in Roles.All)
        {
            Clients[role] = await TestUsers.SignedInClientAsync(App, role);
        }
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await _database.DisposeAsync();
    }
}
