using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bootcamp.IntegrationTests.Applications;

/// <summary>The public forms are rate-limited per client: past the limit, a 429 in the reader's language.</summary>
public sealed class PublicRateLimitTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Past_the_limit_the_status_page_and_the_api_answer_429_in_the_readers_language()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: new Dictionary<string, string?>
        {
            ["Bootcamp:RateLimits:PublicFormsPerMinute"] = "3",
        })
        {
            Clock = new ManualClock(ApplicationsFixture.Now),
        };
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.GetAsync(new Uri($"/Public/Application/unknown-token-{i}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode);
        }

        var page = await client.GetAsync(new Uri("/Public/Application/unknown-token-4", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Trop de tentatives", html, StringComparison.Ordinal);
        Assert.Contains("Veuillez patienter une minute", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unknown-token", html, StringComparison.Ordinal);

        using var english = new HttpRequestMessage(HttpMethod.Get, "/api/public/applications/unknown-token-5");
        english.Headers.Add("Cookie", ".AspNetCore.Culture=c=en-CA|uic=en-CA");
        var api = await client.SendAsync(english);
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.StartsWith("application/problem+json", api.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains("Too many attempts", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Reading the form and the rest of the site stay available.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Public/Sessions", UriKind.Relative))).StatusCode);
    }
}
