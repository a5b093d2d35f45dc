using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Bootcamp.Host.Infrastructure;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only when the connection comes from a proxy the operator names in
/// <c>Bootcamp:ForwardedHeaders</c> (<c>KnownProxies</c>: addresses; <c>KnownNetworks</c>: CIDR ranges; each a list or
/// one comma-separated value), and only for <c>ForwardLimit</c> hops (default 1: the ingress). Without any, they are
/// ignored: anyone reaching the app directly could otherwise name any client address and walk past every rate limit.
/// </summary>
internal static class ForwardedHeadersSetup
{
    public const string Section = "Bootcamp:ForwardedHeaders";

    public static IServiceCollection AddBootcampForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        // The framework's own switch adds its middleware trusting every sender, ahead of ours: refuse rather than run with it.
        if (string.Equals(configuration["ForwardedHeaders_Enabled"], "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"ASPNETCORE_FORWARDEDHEADERS_ENABLED trusts X-Forwarded-For from any sender. Remove it and name the proxies in {Section}:KnownProxies or {Section}:KnownNetworks (deploy/OPERATIONS.md).");
        }

        var section = configuration.GetSection(Section);
        var proxies = Entries(section.GetSection("KnownProxies")).Select(ParseAddress).ToList();
        var networks = Entries(section.GetSection("KnownNetworks")).Select(ParseNetwork).ToList();
        var forwardLimit = section.GetValue("ForwardLimit", 1);
        if (forwardLimit < 1)
        {
            throw new InvalidOperationException($"{Section}:ForwardLimit must be 1 or more (the number of proxies in front of the app).");
        }

        services.AddSingleton(new TrustedProxies(proxies.Count + networks.Count > 0));
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = forwardLimit;
            // The defaults trust loopback; only what is configured is trusted.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    public static WebApplication UseBootcampForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<TrustedProxies>().Any)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    /// <summary>A list (<c>KnownProxies:0</c>, <c>KnownProxies:1</c>, …) or one value of comma-separated entries.</summary>
    private static IEnumerable<string> Entries(IConfigurationSection section) =>
        (string.IsNullOrEmpty(section.Value) ? section.GetChildren().Select(c => c.Value ?? "") : [section.Value])
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static IPAddress ParseAddress(string entry) =>
        IPAddress.TryParse(entry, out var address)
            ? address
            : throw new InvalidOperationException($"{Section}:KnownProxies: '{entry}' is not an IP address.");

    private static System.Net.IPNetwork ParseNetwork(string entry) =>
        System.Net.IPNetwork.TryParse(entry, out var network)
            ? network
            : throw new InvalidOperationException($"{Section}:KnownNetworks: '{entry}' is not a network in CIDR form with its host bits zero, e.g. 10.0.0.0/8.");

    private sealed record TrustedProxies(bool Any);
}
