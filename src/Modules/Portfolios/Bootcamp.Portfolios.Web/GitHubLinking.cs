using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Bootcamp.Portfolios.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;

namespace Bootcamp.Portfolios.Web;

/// <summary>
/// "Link with GitHub": ASP.NET Core's OAuth handler against GitHub (or a stand-in: every endpoint comes from
/// <c>Portfolios:GitHub:OAuth</c>). Nobody is signed in by it: participants have no accounts. The portfolio to link
/// travels in the flow's protected state, bound to the browser by the correlation cookie, and the callback sends
/// <see cref="LinkGitHubAccount"/> for it and nothing else. Without a client id the scheme is not registered and the
/// portfolio page explains that staff can enter the username instead.
/// </summary>
internal static class GitHubLinking
{
    public const string Scheme = "GitHub";
    private const string PortfolioItem = "portfolio";
    private const string FailureItem = "failure";
    private const string IdClaim = "urn:github:id";
    private const string LoginClaim = "urn:github:login";

    public static IServiceCollection AddGitHubLinking(this IServiceCollection services, IConfiguration configuration)
    {
        var oauth = configuration.GetSection("Portfolios:GitHub:OAuth");
        if (string.IsNullOrWhiteSpace(oauth["ClientId"]))
        {
            return services;
        }

        services.AddAuthentication().AddOAuth(Scheme, options =>
        {
            options.ClientId = oauth["ClientId"]!;
            options.ClientSecret = oauth["ClientSecret"] ?? "";
            options.AuthorizationEndpoint = oauth["AuthorizationEndpoint"] ?? "https://github.com/login/oauth/authorize";
            options.TokenEndpoint = oauth["TokenEndpoint"] ?? "https://github.com/login/oauth/access_token";
            options.UserInformationEndpoint = oauth["UserInformationEndpoint"] ?? "https://api.github.com/user";
            options.CallbackPath = "/signin-github";
            // No scope: the public profile proves who owns the account, and we never act on GitHub for anyone.
            options.SaveTokens = false;
            // The callback is a top-level GET from GitHub, which Lax cookies survive; None would need HTTPS everywhere.
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            // Secure over HTTPS (production), as the app's other cookies; plain HTTP stays usable on a laptop and in tests.
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // The correlation cookie's expiry is judged by the browser's clock: never the programme clock tests move.
            options.TimeProvider = TimeProvider.System;
            options.ClaimActions.MapJsonKey(IdClaim, "id");
            options.ClaimActions.MapJsonKey(LoginClaim, "login");
            options.Events = new OAuthEvents
            {
                OnCreatingTicket = ReadUserAsync,
                OnTicketReceived = LinkAsync,
                OnRemoteFailure = FailedAsync,
            };
        });
        return services;
    }

    public static async Task<bool> IsEnabledAsync(HttpContext context) =>
        await context.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(Scheme) is not null;

    /// <summary>The challenge for one portfolio; the participant comes back to <paramref name="returnPath"/>.</summary>
    public static AuthenticationProperties Properties(Guid portfolioId, string returnPath)
    {
        var properties = new AuthenticationProperties { RedirectUri = returnPath + "?linked=true" };
        properties.Items[PortfolioItem] = portfolioId.ToString();
        properties.Items[FailureItem] = returnPath + "?linkFailed=true";
        return properties;
    }

    private static async Task ReadUserAsync(OAuthCreatingTicketContext context)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, context.Options.UserInformationEndpoint);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.github+json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", context.AccessToken);
        request.Headers.UserAgent.ParseAdd("Bootcamp-Portfolios");
        using var response = await context.Backchannel.SendAsync(request, context.HttpContext.RequestAborted);
        response.EnsureSuccessStatusCode();
        using var user = JsonDocument.Parse(await response.Content.ReadAsStringAsync(context.HttpContext.RequestAborted));
        context.RunClaimActions(user.RootElement);
    }

    private static async Task LinkAsync(TicketReceivedContext context)
    {
        var items = context.Properties?.Items;
        var login = context.Principal?.FindFirst(LoginClaim)?.Value;
        var linked = false;
        if (items is not null && items.TryGetValue(PortfolioItem, out var portfolio) && Guid.TryParse(portfolio, out var portfolioId)
            && login is not null && long.TryParse(context.Principal?.FindFirst(IdClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            try
            {
                await context.HttpContext.RequestServices.GetRequiredService<IMediator>()
                    .Send(new LinkGitHubAccount(portfolioId, login, userId), context.HttpContext.RequestAborted);
                linked = true;
            }
            catch (Exception ex) when (ex is Bootcamp.Shared.Contracts.ValidationFailedException or Bootcamp.Shared.Contracts.NotFoundException)
            {
                linked = false;
            }
        }

        // Handled either way: the handler must never go on to sign anyone in with this ticket.
        context.Response.Redirect(linked ? context.ReturnUri ?? "/" : FailurePath(context.Properties));
        context.HandleResponse();
    }

    /// <summary>Refused on GitHub, a stale or forged state, GitHub unreachable: back to the portfolio with a notice,
    /// never an error page.</summary>
    private static Task FailedAsync(RemoteFailureContext context)
    {
        context.Response.Redirect(FailurePath(context.Properties));
        context.HandleResponse();
        return Task.CompletedTask;
    }

    private static string FailurePath(AuthenticationProperties? properties) =>
        properties?.Items.TryGetValue(FailureItem, out var failure) == true && failure is not null && failure.StartsWith('/') ? failure : "/";
}
