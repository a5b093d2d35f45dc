using MediatR;

namespace Bootcamp.Web;

/// <summary>
/// Marks a page or endpoint reached through a private link, the <c>{token}</c> in its address. The Host checks the
/// token once, before any handler, binding or form check runs, and answers one identical 404 for a malformed, unknown or
/// expired token, whatever the method or handler: a wrong link teaches nothing about right ones.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PrivateLinkAttribute(string kind) : Attribute
{
    /// <summary>Which lookup opens the link (see <see cref="PrivateLinks.AddPrivateLink"/>).</summary>
    public string Kind { get; } = kind;
}

/// <summary>A module's lookup for one kind of private link: it completes when the token opens a link, and throws the
/// module's NotFoundException when it does not (the same lookup the module's own pages and handlers make).</summary>
public sealed record PrivateLinkLookup(string Kind, Func<IMediator, string, CancellationToken, Task> Open);

public static class PrivateLinks
{
    /// <summary>The route parameter that carries the token in every private link.</summary>
    public const string TokenRouteValue = "token";

    public static IServiceCollection AddPrivateLink(this IServiceCollection services, string kind, Func<IMediator, string, CancellationToken, Task> open) =>
        services.AddSingleton(new PrivateLinkLookup(kind, open));

    /// <summary>Every endpoint of <paramref name="builder"/> with a <c>{token}</c> in its route is a private link of
    /// <paramref name="kind"/> (a page says it with <see cref="PrivateLinkAttribute"/>); a group's other endpoints stay as
    /// they are.</summary>
    public static TBuilder RequirePrivateLink<TBuilder>(this TBuilder builder, string kind)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Finally(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder route && route.RoutePattern.Parameters.Any(p => p.Name == TokenRouteValue))
            {
                endpoint.Metadata.Add(new PrivateLinkAttribute(kind));
            }
        });
        return builder;
    }
}
