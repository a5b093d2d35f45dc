using System.Net;
using Bootcamp.Identity;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>The shell the modules' pages share: its stylesheet at its usual address, and a header whose links each
/// module contributes, shown to the roles that may follow them.</summary>
public sealed class ShellTests(SignedInRolesFixture roles) : IClassFixture<SignedInRolesFixture>
{
    [Fact]
    public async Task The_stylesheet_is_served_from_the_shell_at_its_usual_address_and_may_be_cached()
    {
        using var client = roles.App.CreateClient();

        using var response = await client.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("body", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
    }

    public static TheoryData<string, string[], string[]> Headers() => new()
    {
        { Roles.Admin, ["/Public/Sessions", "/Teach", "/Placements", "/Staff/Sessions", "/Staff/Applications", "/Staff/Tracks", "/Staff/Reports", "/Staff/Sponsors", "/Admin/Operations", "/Admin/Mailbox"], ["/Sponsor", "/Admin/Jobs"] },
        { Roles.Staff, ["/Public/Sessions", "/Teach", "/Staff/Sessions", "/Staff/Applications", "/Staff/Reports"], ["/Placements", "/Admin/Operations", "/Admin/Mailbox", "/Sponsor"] },
        { Roles.Instructor, ["/Public/Sessions", "/Teach"], ["/Staff/Sessions", "/Placements", "/Admin/Jobs"] },
        { Roles.PlacementDirector, ["/Public/Sessions", "/Placements"], ["/Teach", "/Staff/Applications"] },
        { Roles.Sponsor, ["/Public/Sessions", "/Sponsor"], ["/Staff/Reports", "/Teach"] },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public async Task Each_role_sees_the_header_links_of_the_modules_it_may_use_in_order(string role, string[] shown, string[] hidden)
    {
        var html = await roles.Clients[role].GetStringAsync(new Uri("/Public/Sessions", UriKind.Relative));
        var nav = Nav(html);

        var positions = shown.Select(href => nav.IndexOf($"href=\"{href}\"", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, nav));
        Assert.Equal(positions.Order(), positions);
        Assert.All(hidden, href => Assert.DoesNotContain($"href=\"{href}\"", nav, StringComparison.Ordinal));
    }

    private static string Nav(string html) => html[html.IndexOf("<nav", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];

    [Fact]
    public async Task A_visitor_sees_only_the_public_link_and_the_sign_in()
    {
        using var client = roles.App.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("href=\"/Public/Sessions", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Account/Login", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Staff/", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/Teach", html, StringComparison.Ordinal);
    }
}
