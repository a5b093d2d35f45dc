using System.Globalization;
using System.Threading.RateLimiting;
using Bootcamp.Host.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Bootcamp.Host.Infrastructure;

/// <summary>Limits on what anonymous visitors can post: the application form, the private status page and the public
/// API share one fixed window per client address.</summary>
internal static class RateLimiting
{
    public const string PublicForms = PublicRateLimit.Policy;

    public static IServiceCollection AddBootcampRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitSettings>(configuration.GetSection(RateLimitSettings.Section));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(PublicForms, context =>
            {
                // Reading the form is free; sending it, the private link and the API count.
                if (HttpMethods.IsGet(context.Request.Method) && context.Request.Path.StartsWithSegments("/Public/Apply", StringComparison.OrdinalIgnoreCase))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var limit = context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitSettings>>().CurrentValue.PublicFormsPerMinute;
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(
                    client + "|" + limit.ToString(CultureInfo.InvariantCulture),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, limit), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
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
}

internal sealed class RateLimitSettings
{
    public const string Section = "Bootcamp:RateLimits";

    public int PublicFormsPerMinute { get; set; } = 10;
}
