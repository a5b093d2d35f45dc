using System.Net;
using System.Text.RegularExpressions;
using Bootcamp.Identity;
using Bootcamp.Placements.Dispatch;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>Hangfire's dashboard at /Admin/Jobs: admins only, over the real cookie sign-in, its POSTs antiforgery-checked.</summary>
public sealed partial class JobsDashboardTests(SignedInRolesFixture roles) : IClassFixture<SignedInRolesFixture>
{
    private static readonly Uri Dashboard = new("/Admin/Jobs", UriKind.Relative);
    private static readonly Uri Trigger = new("/Admin/Jobs/recurring/trigger", UriKind.Relative);

    [Fact]
    public async Task An_admin_sees_the_dashboard_with_the_recurring_jobs()
    {
        var admin = roles.Clients[Roles.Admin];
        var response = await admin.GetAsync(Dashboard);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bootcamp — jobs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var recurring = await admin.GetStringAsync(new Uri("/Admin/Jobs/recurring", UriKind.Relative));
        Assert.Contains(DispatchFollowUpsJob.Name, recurring, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Instructor)]
    [InlineData(Roles.PlacementDirector)]
    [InlineData(Roles.Sponsor)]
    public async Task Other_roles_get_403(string role)
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await roles.Clients[role].GetAsync(Dashboard)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await roles.Clients[role].GetAsync(new Uri("/Admin/Jobs/jobs/failed", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        var response = await roles.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync(Dashboard);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dashboard_POST_without_the_antiforgery_token_is_refused_and_with_it_goes_through()
    {
        var admin = roles.Clients[Roles.Admin];
        var db = roles.App.ConnectionString;
        var before = await RunsAsync(db);

        // As a forged form from another site would: the admin's cookies, no token.
        using (var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["jobs[]"] = DispatchFollowUpsJob.Name }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsync(Trigger, forged)).StatusCode);
        }

        Assert.Equal(before, await RunsAsync(db));

        // The dashboard's own pages carry the token (a meta tag) its scripts send back as a header.
        var html = await admin.GetStringAsync(new Uri("/Admin/Jobs/recurring", UriKind.Relative));
        var header = HeaderPattern().Match(html).Groups[1].Value;
        var token = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);
        Assert.NotEmpty(header);
        using var request = new HttpRequestMessage(HttpMethod.Post, Trigger)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["jobs[]"] = DispatchFollowUpsJob.Name }),
        };
        request.Headers.Add(header, token);
        var response = await admin.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Equal(before + 1, await RunsAsync(db));
    }

    private static Task<long> RunsAsync(string db) =>
        Sql.CountAsync(db, $"SELECT count(*) FROM hangfire.job WHERE arguments::text LIKE '%{DispatchFollowUpsJob.Name}%'");

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]+)\">")]
    private static partial Regex HeaderPattern();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\">")]
    private static partial Regex TokenPattern();
}
