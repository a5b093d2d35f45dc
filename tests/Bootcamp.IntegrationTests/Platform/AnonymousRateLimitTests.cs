using System.Net;
using Bootcamp.Shared.Privacy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>Whatever an anonymous visitor can reach is rate-limited per client (issue 16, item 11): the public forms and
/// private links by their strict limit, signing in by its own, everything else by a generous one a classroom behind one
/// address fits in.</summary>
public sealed class AnonymousRateLimitTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public void Every_anonymous_endpoint_names_a_rate_limit()
    {
        using var app = new BootcampAppFactory(database.ConnectionString, settings: new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        var anonymous = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .ToList();

        Assert.NotEmpty(anonymous);
        var unlimited = anonymous
            .Where(e => e.Metadata.GetMetadata<EnableRateLimitingAttribute>() is null || e.Metadata.GetMetadata<DisableRateLimitingAttribute>() is not null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();
        Assert.True(unlimited.Count == 0, "Not rate-limited: " + string.Join(", ", unlimited));
    }

    [Fact]
    public async Task The_public_portfolio_and_the_portfolio_link_answer_429_past_the_anonymous_limit()
    {
        await using var app = App(("Bootcamp:RateLimits:AnonymousPerMinute", "3"));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/p/" + SensitiveData.NewToken(), UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/p/" + SensitiveData.NewToken(), UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/Public/Application/{SensitiveData.NewToken()}/Portfolio", UriKind.Relative))).StatusCode);

        var page = await client.GetAsync(new Uri("/p/" + SensitiveData.NewToken(), UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Trop de tentatives", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(new Uri($"/Public/Application/{SensitiveData.NewToken()}/Portfolio", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Addresses_that_match_nothing_count_against_the_anonymous_limit_too()
    {
        await using var app = App(("Bootcamp:RateLimits:AnonymousPerMinute", "2"));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        // Anonymous, an address that matches nothing is sent to the sign-in page (the fallback policy).
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/nothing-here-1", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/nothing-here-2", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(new Uri("/nothing-here-3", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Signing_in_has_a_limit_per_client_of_its_own()
    {
        await using var app = App(("Bootcamp:RateLimits:SignInPerMinute", "2"));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.BadRequest, (await TestUsers.SignInAsync(client, "first@tests.bootcamp.local", "wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await TestUsers.SignInAsync(client, "second@tests.bootcamp.local", "wrong")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await TestUsers.SignInAsync(client, "third@tests.bootcamp.local", "wrong")).StatusCode);

        // Reading the sign-in page is not signing in: it stays open.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Account/Login", UriKind.Relative))).StatusCode);
    }

    private BootcampAppFactory App(params (string Key, string Value)[] settings) =>
        new(database.ConnectionString, settings: settings.ToDictionary(s => s.Key, s => (string?)s.Value));
}
