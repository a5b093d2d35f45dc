using System.Net;
using Bootcamp.Shared.Privacy;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>
/// X-Forwarded-For names the client only when a configured proxy sent it (issue 16, item 11). Over real HTTP on
/// 127.0.0.1, so the app sees a real peer address, as it does in production.
/// </summary>
public sealed class ForwardedHeadersTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Without_configured_proxies_a_changing_forwarded_for_does_not_escape_the_limit()
    {
        using var app = await LiveAsync();

        await AssertLimitedAsync(app.Client, i => $"203.0.113.{i}");
    }

    [Fact]
    public async Task A_forwarded_for_sent_by_an_address_that_is_not_a_known_proxy_is_ignored()
    {
        using var app = await LiveAsync(("Bootcamp:ForwardedHeaders:KnownProxies:0", "10.20.30.40"), ("Bootcamp:ForwardedHeaders:KnownNetworks:0", "192.168.0.0/16"));

        await AssertLimitedAsync(app.Client, i => $"203.0.113.{i}");
    }

    [Theory]
    [InlineData("Bootcamp:ForwardedHeaders:KnownProxies", "127.0.0.1")]
    [InlineData("Bootcamp:ForwardedHeaders:KnownNetworks", "127.0.0.0/8")]
    [InlineData("Bootcamp:ForwardedHeaders:KnownNetworks", "10.0.0.0/8, 127.0.0.0/8")]
    public async Task From_a_known_proxy_the_forwarded_client_is_the_one_limited(string key, string value)
    {
        using var app = await LiveAsync((key, value));

        // Three people behind the proxy: none of them is held back by the others.
        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(app.Client, $"203.0.113.{i}")).StatusCode);
        }

        // One of them past the limit is.
        await AssertLimitedAsync(app.Client, _ => "198.51.100.7");
    }

    [Fact]
    public async Task Behind_one_proxy_only_the_address_that_proxy_added_counts()
    {
        using var app = await LiveAsync(("Bootcamp:ForwardedHeaders:KnownProxies", "127.0.0.1"), ("Bootcamp:ForwardedHeaders:ForwardLimit", "1"));

        // The visitor makes up the first entry each time; the proxy appends the address it really saw.
        await AssertLimitedAsync(app.Client, i => $"203.0.113.{i}, 198.51.100.7");
    }

    [Fact]
    public async Task The_framework_switch_that_trusts_any_sender_stops_the_start()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => LiveAsync(("ForwardedHeaders_Enabled", "true")));
        Assert.Contains("Bootcamp:ForwardedHeaders", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proxy_entry_that_is_not_an_address_stops_the_start()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => LiveAsync(("Bootcamp:ForwardedHeaders:KnownNetworks:0", "the ingress")));
        Assert.Contains("the ingress", failure.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The anonymous limit (3 a minute here) holds whatever the forwarded address claims.</summary>
    private static async Task AssertLimitedAsync(HttpClient client, Func<int, string> forwardedFor)
    {
        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(client, forwardedFor(i))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await GetAsync(client, forwardedFor(4))).StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/p/" + SensitiveData.NewToken());
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        return await client.SendAsync(request);
    }

    private async Task<Live> LiveAsync(params (string Key, string Value)[] settings)
    {
        var all = settings.ToDictionary(s => s.Key, s => (string?)s.Value);
        all["Bootcamp:RateLimits:AnonymousPerMinute"] = "3";
        all["Jobs:Enabled"] = "false";
        var factory = new BootcampAppFactory(database.ConnectionString, settings: all);
        try
        {
            factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            factory.StartServer();
            var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new Live(factory, new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(address) });
        }
        catch
        {
            await factory.DisposeAsync();
            throw;
        }
    }

    private sealed record Live(BootcampAppFactory Factory, HttpClient Client) : IDisposable
    {
        public void Dispose()
        {
            Client.Dispose();
            Factory.Dispose();
        }
    }
}
