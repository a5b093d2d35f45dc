using System.Net;
using Bootcamp.Identity;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>"/" answers everyone: the marketing page for a visitor, a home for each role, never another role's cards.</summary>
public sealed class HomeAccessTests(SignedInRolesFixture roles) : IClassFixture<SignedInRolesFixture>
{
    public static TheoryData<string> AllRoles()
    {
        var data = new TheoryData<string>();
        foreach (var role in Roles.All)
        {
            data.Add(role);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task Every_role_gets_a_home_at_the_root_in_both_languages(string role)
    {
        foreach (var culture in new[] { "fr-CA", "en-CA" })
        {
            var response = await roles.Clients[role].GetAsync(new Uri($"/?culture={culture}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("class=\"hero\"", html, StringComparison.Ordinal);
            Assert.True(html.Contains("data-testid=\"home-cards\"", StringComparison.Ordinal) || html.Contains("data-testid=\"home-empty\"", StringComparison.Ordinal));
            // A sponsor's home never links to the team's pages, nor a team member's to the sponsor portal.
            if (role == Roles.Sponsor)
            {
                Assert.DoesNotContain("href=\"/Staff", html.Split("<main")[^1], StringComparison.Ordinal);
                Assert.DoesNotContain("href=\"/Teach", html, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain("href=\"/Sponsor\"", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_visitor_gets_the_marketing_page_at_the_root()
    {
        var response = await roles.App.CreateClient().GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("class=\"hero\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
