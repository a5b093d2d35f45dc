using System.Net;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>The Operations area is the admin's alone: every page and every retry, for every role.</summary>
public sealed class OperationsAccessTests(SignedInRolesFixture roles) : IClassFixture<SignedInRolesFixture>
{
    private static readonly string[] Pages =
    [
        "/Admin/Operations",
        "/Admin/Operations/Mail",
        "/Admin/Operations/Mail?status=Failed&q=example",
        "/Admin/Operations/Events",
        "/Admin/Operations/Events?module=Sessions&state=Stuck",
    ];

    private static readonly string[] Posts =
    [
        "/Admin/Operations/Mail?handler=Retry",
        "/Admin/Operations/Events?handler=Retry",
    ];

    public static TheoryData<string, string> PageMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in Roles.All)
        {
            foreach (var page in Pages)
            {
                data.Add(role, page);
            }
        }

        return data;
    }

    public static TheoryData<string, string> PostMatrix()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in Roles.All)
        {
            foreach (var post in Posts)
            {
                data.Add(role, post);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PageMatrix))]
    public async Task Only_the_admin_reaches_the_operations_pages(string role, string page)
    {
        using var response = await roles.Clients[role].GetAsync(new Uri(page, UriKind.Relative));

        if (role == Roles.Admin)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(PostMatrix))]
    public async Task Only_the_admin_may_retry(string role, string post)
    {
        // The token from a page every role may open: the refusal must come from the policy, not the missing token.
        using var response = await Forms.PostAsync(
            roles.Clients[role], post, new() { ["id"] = Guid.NewGuid().ToString(), ["eventModule"] = "Sessions" }, tokenFrom: "/Public/Sessions");

        if (role == Roles.Admin)
        {
            // Allowed, and there is no such mail or event.
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_visitor_is_sent_to_sign_in()
    {
        using var client = roles.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var page in Pages)
        {
            using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_retry_without_the_antiforgery_token_is_refused()
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = Guid.NewGuid().ToString() });
        using var response = await roles.Clients[Roles.Admin].PostAsync(new Uri("/Admin/Operations/Mail?handler=Retry", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_admin_header_links_to_operations_and_no_longer_to_the_jobs_dashboard()
    {
        var html = await roles.Clients[Roles.Admin].GetStringAsync(new Uri("/Public/Sessions", UriKind.Relative));
        var nav = html[html.IndexOf("<nav", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Contains("href=\"/Admin/Operations\"", nav, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Admin/Jobs\"", nav, StringComparison.Ordinal);
        var staff = await roles.Clients[Roles.Staff].GetStringAsync(new Uri("/Public/Sessions", UriKind.Relative));
        Assert.DoesNotContain("href=\"/Admin/Operations\"", staff, StringComparison.Ordinal);
    }
}
