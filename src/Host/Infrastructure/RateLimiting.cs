using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Bootcamp.Host.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Bootcamp.Host.Infrastructure;

/// <summary>
/// Everything an anonymous visitor can reach is limited per client address, in fixed windows of a minute: the public
/// forms, private links and public API by a strict limit; signing in by its own; every other anonymous page and endpoint,
/// and addresses that match none, by a generous one that a classroom sharing one address fits in. Signed-in pages are
/// not limited here. The client address is the connection's, or the one a configured proxy forwarded
/// (<see cref="ForwardedHeadersSetup"/>).
/// </summary>
internal static class RateLimiting
{
    public const string PublicForms = PublicRateLimit.Policy;
    public const string Anonymous = PublicRateLimit.Anonymous;
    public const string SignIn = "sign-in";

    public static IServiceCollection AddBootcampRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitSettings>(configuration.GetSection(RateLimitSettings.Section));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Reading the application form is browsing; sending it, the private links and the public API are not.
            options.AddPolicy(PublicForms, context =>
                HttpMethods.IsGet(context.Request.Method) && context.Request.Path.StartsWithSegments("/Public/Apply", StringComparison.OrdinalIgnoreCase)
                    ? PerClient(context, Anonymous, s => s.AnonymousPerMinute)
                    : PerClient(context, PublicForms, s => s.PublicFormsPerMinute));
            options.AddPolicy(SignIn, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? PerClient(context, SignIn, s => s.SignInPerMinute)
                    : PerClient(context, Anonymous, s => s.AnonymousPerMinute));
            options.AddPolicy(Anonymous, context => PerClient(context, Anonymous, s => s.AnonymousPerMinute));
            // No endpoint: an address that matches nothing, or middleware such as GitHub's sign-in callback.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.GetEndpoint() is null ? PerClient(context, "unmatched", s => s.AnonymousPerMinute) : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                http.Response.Headers.RetryAfter = "60";
                if (WebShell.IsApi(http.Request))
                {
                    await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = http,
                        ProblemDetails = new ProblemDetails
                        {
                            Status = StatusCodes.Status429TooManyRequests,
                            Title = HostText.TooManyRequestsTitle,
                            Detail = HostText.TooManyRequestsText,
                        },
                    });
                }

                // Pages: the status code pages re-execute /Status?code=429 in the reader's language.
            };
        });
        return services;
    }

    /// <summary>After routing (the policy is endpoint metadata) and localisation (the rejection is in the reader's language).</summary>
    public static IApplicationBuilder UseBootcampRateLimiting(this IApplicationBuilder app) => app.UseRateLimiter();

    /// <summary>Gives every anonymous endpoint of <paramref name="builder"/> that names no limit of its own the generous
    /// one; the route inventory's rate-limit test holds every anonymous endpoint to having one.</summary>
    public static TBuilder LimitAnonymous<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        // Finally: after the endpoint's own conventions, so its AllowAnonymous and its own limit are known.
        builder.Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IAllowAnonymous>().Any() && !endpoint.Metadata.OfType<EnableRateLimitingAttribute>().Any())
            {
                endpoint.Metadata.Add(new EnableRateLimitingAttribute(Anonymous));
            }
        });
        return builder;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, string bucket, Func<RateLimitSettings, int> limitOf)
    {
        // The status or error page a request is re-executed into belongs to that request, already counted.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return RateLimitPartition.GetNoLimiter("re-executed");
        }

        var limit = Math.Max(1, limitOf(context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitSettings>>().CurrentValue));
        return RateLimitPartition.GetFixedWindowLimiter(
            string.Join('|', bucket, Client(context.Connection.RemoteIpAddress), limit.ToString(CultureInfo.InvariantCulture)),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
    }

    /// <summary>An IPv4 address, or an IPv6 /64: one subscriber usually holds a whole /64 and could walk through it.</summary>
    private static string Client(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

internal sealed class RateLimitSettings
{
    public const string Section = "Bootcamp:RateLimits";

    public int PublicFormsPerMinute { get; set; } = 10;

    public int SignInPerMinute { get; set; } = 20;

    public int AnonymousPerMinute { get; set; } = 300;
}
