using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Bootcamp.Host.Resources;
using Bootcamp.Shared.Input;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Host.Infrastructure;

/// <summary>
/// How the API reads what clients send, for every endpoint of every module: enums as single member names
/// (<see cref="EnumInput"/>) in bodies, routes and queries; a body that cannot be read is a ProblemDetails in the
/// reader's language, never a 500 (400 for broken JSON, 415 for a body that is not JSON), whoever the caller is.
/// </summary>
internal static class ApiInput
{
    public static IServiceCollection AddBootcampApiInput(this IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new StrictEnumJsonConverter()));
        // Binding failures become exceptions in every environment, so the exception handler answers them (with the
        // status the framework chose) instead of an empty response.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>The localised title of a status the API answers without a handler having said why.</summary>
    public static string? TitleFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => HostText.BadRequestTitle,
        StatusCodes.Status404NotFound => HostText.NotFoundTitle,
        StatusCodes.Status409Conflict => HostText.ConflictTitle,
        StatusCodes.Status415UnsupportedMediaType => HostText.UnsupportedMediaTypeTitle,
        _ => null,
    };

    /// <summary>A request the framework refused before any handler ran: its status, and where the JSON broke.</summary>
    public static ProblemDetails Problem(BadHttpRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var status = exception.StatusCode;
        var title = TitleFor(status) ?? HostText.BadRequestTitle;
        if (exception.InnerException is JsonException { Path: { Length: > 0 } path })
        {
            var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
            return new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [HostText.UnreadableValue] }) { Status = status, Title = title };
        }

        return new ProblemDetails { Status = status, Title = title };
    }

    /// <summary>Status code pages for the API: a ProblemDetails with the status's localised title.</summary>
    public static async Task WriteStatusProblemAsync(StatusCodeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        InRequestCulture(http);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = http.Response.StatusCode, Title = TitleFor(http.Response.StatusCode) },
        });
    }

    /// <summary>
    /// Status code pages and the exception handler run outside the localisation middleware, once it has returned: the
    /// culture it set does not flow back to them. The request's culture stays on the context; the caller (an async
    /// method, so the change ends with it) answers in it.
    /// </summary>
    public static void InRequestCulture(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } culture)
        {
            CultureInfo.CurrentCulture = culture.Culture;
            CultureInfo.CurrentUICulture = culture.UICulture;
        }
    }

    /// <summary>
    /// The answers routing gives by itself, 415 for a body of a type the endpoint does not read and 405 for a method the
    /// route does not take, come from endpoints without metadata: the fallback policy would send an anonymous caller to
    /// sign in first (a 401 that hides the real problem). They answer everyone, as the endpoint they stand for would;
    /// they reveal no data. After routing, before authorisation.
    /// </summary>
    public static IApplicationBuilder UseRoutingRejectionsForEveryone(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (WebShell.IsApi(context.Request) && context.GetEndpoint() is { } endpoint and not RouteEndpoint
                && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
            {
                context.SetEndpoint(new Endpoint(
                    endpoint.RequestDelegate, new EndpointMetadataCollection([.. endpoint.Metadata, new AllowAnonymousAttribute()]), endpoint.DisplayName));
            }

            return next(context);
        });

    /// <summary>
    /// JSON travels in UTF-8 (RFC 8259): a body that names another charset is refused with 415 before anything reads it.
    /// The framework would otherwise try to transcode it, and throw on those it does not have (UTF-7): a 500.
    /// </summary>
    public static IApplicationBuilder UseUtf8Bodies(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (WebShell.IsApi(request) && request.ContentType is { } type
                && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(type, out var media)
                && media.Charset is { Length: > 0 } charset
                && !string.Equals(charset.Value?.Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase))
            {
                InRequestCulture(context);
                context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails { Status = StatusCodes.Status415UnsupportedMediaType, Title = HostText.UnsupportedMediaTypeTitle },
                });
                return;
            }

            await next(context);
        });

    /// <summary>
    /// Enum parameters bound from a route or a query string are parsed by the framework with <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/>,
    /// which takes numbers and combinations: each is checked again, from its raw text, under <see cref="EnumInput"/>.
    /// Added to the /api group, so a module's new endpoint is covered without anyone remembering to.
    /// </summary>
    public static EndpointFilterDelegate EnumArguments(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        var enums = context.MethodInfo.GetParameters()
            .Where(p => p.Name is not null && EnumInput.EnumTypeOf(p.ParameterType) is not null && p.GetCustomAttribute<FromBodyAttribute>() is null)
            .Select(p => (Name: p.GetCustomAttribute<FromRouteAttribute>()?.Name ?? p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!, Type: EnumInput.EnumTypeOf(p.ParameterType)!))
            .ToArray();
        if (enums.Length == 0)
        {
            return next;
        }

        return invocation =>
        {
            var request = invocation.HttpContext.Request;
            Dictionary<string, string[]>? errors = null;
            foreach (var (name, type) in enums)
            {
                var raw = request.RouteValues.TryGetValue(name, out var route) ? route?.ToString()
                    : request.Query.TryGetValue(name, out var query) ? query.ToString()
                    : null;
                if (!string.IsNullOrEmpty(raw) && !EnumInput.TryParse(type, raw, out _))
                {
                    (errors ??= new(StringComparer.Ordinal))[name] = [EnumInput.Message];
                }
            }

            return errors is null
                ? next(invocation)
                : ValueTask.FromResult<object?>(TypedResults.ValidationProblem(errors, title: HostText.ValidationTitle));
        };
    }
}
