using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Privacy;
using MediatR;

namespace Bootcamp.Host.Infrastructure;

/// <summary>
/// The one token check of every private link (<see cref="PrivateLinkAttribute"/>). It runs before the page or endpoint
/// does anything (binding, antiforgery, validation, a handler's own rules), so a malformed, unknown or expired token gets
/// the same 404 whatever the method, handler or body: the site's not-found page, or in the API the problem a module's own
/// "not found" gives. It runs after the rate limiter, which counts every guess.
/// </summary>
internal static class PrivateLinkGate
{
    public static IApplicationBuilder UsePrivateLinks(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<PrivateLinkAttribute>() is not { } link || await OpensAsync(context, link))
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            if (WebShell.IsApi(context.Request))
            {
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = ProblemDetailsExceptionHandler.NotFound(),
                });
            }

            // Pages: the status code pages show the not-found page, as for any address that does not exist.
        });

    private static async Task<bool> OpensAsync(HttpContext context, PrivateLinkAttribute link)
    {
        var token = context.GetRouteValue(PrivateLinks.TokenRouteValue) as string;
        if (!SensitiveData.IsWellFormedToken(token))
        {
            return false;
        }

        var lookup = context.RequestServices.GetServices<PrivateLinkLookup>().SingleOrDefault(l => l.Kind == link.Kind)
            ?? throw new InvalidOperationException($"No module registered a lookup for private links of kind '{link.Kind}'.");
        try
        {
            await lookup.Open(context.RequestServices.GetRequiredService<IMediator>(), token, context.RequestAborted);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
