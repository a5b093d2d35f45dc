using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bootcamp.Shared.Links;

/// <summary>Bound from <c>Bootcamp:PublicBaseUrl</c>: where people outside the site reach it.</summary>
public sealed class PublicLinkOptions
{
    public const string Section = "Bootcamp";

    public const string DefaultBaseUrl = "http://localhost:5080";

    /// <summary>May carry a path base (<c>https://example.org/bootcamp</c>) for a site served below the root.</summary>
    public string PublicBaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>A mailed link must open from anywhere, so only an absolute http(s) address will do.</summary>
    public static bool IsUsable(string? baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);
}

/// <summary>
/// The absolute addresses of the private links mailed by the modules. Each module owns its path; only this type knows
/// the public address, so the trailing slash and path base are handled the same way for every link.
/// </summary>
public sealed class PublicLinks
{
    private readonly string _base;

    public PublicLinks(IOptions<PublicLinkOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var baseUrl = options.Value.PublicBaseUrl;
        if (!PublicLinkOptions.IsUsable(baseUrl))
        {
            throw new InvalidOperationException(PublicLinkRegistration.Refusal);
        }

        // Without the final slash a path base would be dropped by relative resolution and "bootcamp" + "s/…" would run together.
        _base = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
    }

    /// <summary>The address of a page of this site, given its path from the site's root (<c>/s/{token}</c>).</summary>
    public Uri To(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        return new Uri(_base + relativePath.TrimStart('/'), UriKind.Absolute);
    }
}

public static class PublicLinkRegistration
{
    internal const string Refusal = "Bootcamp:PublicBaseUrl must be an absolute http or https address without query, e.g. https://bootcamp.example.org.";

    /// <summary>Binds <c>Bootcamp:PublicBaseUrl</c> once and refuses to start with an address a mailed link could not use.</summary>
    public static IServiceCollection AddPublicLinks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PublicLinkOptions>()
            .Bind(configuration.GetSection(PublicLinkOptions.Section))
            .Validate(o => PublicLinkOptions.IsUsable(o.PublicBaseUrl), Refusal)
            .ValidateOnStart();
        services.AddSingleton<PublicLinks>();
        return services;
    }
}
