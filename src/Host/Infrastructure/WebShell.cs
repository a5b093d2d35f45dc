using System.Text.Encodings.Web;
using System.Text.Unicode;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.WebEncoders;

namespace Bootcamp.Host.Infrastructure;

internal static class WebShell
{
    /// <summary>The account pages reached before, or without, signing in.</summary>
    public static readonly string[] AnonymousAccountPages =
    [
        "/Account/Login", "/Account/Logout", "/Account/AccessDenied", "/Account/ForgotPassword", "/Account/ResetPassword",
        "/Account/Invitation", "/Account/LoginTwoFactor", "/Account/LoginRecoveryCode",
    ];

    public static IServiceCollection AddBootcampWeb(this IServiceCollection services)
    {
        // French text stays readable in the HTML (é, not &#xE9;); markup-significant characters are still encoded.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Staff", Policies.Staff);
            options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
            options.Conventions.AuthorizeFolder("/Teach", Policies.Teaching);
            options.Conventions.AuthorizeFolder("/Placements", Policies.Placements);
            options.Conventions.AuthorizeFolder("/Sponsor", Policies.Sponsor);
            options.Conventions.AuthorizeFolder("/People", Policies.People);
            options.Conventions.AllowAnonymousToFolder("/Public");
            options.Conventions.AllowAnonymousToPage("/Index");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AllowAnonymousToPage("/Status");
            options.Conventions.AllowAnonymousToPage("/Privacy");
            // /Account/Manage and the rest of /Account need a signed-in person (the fallback policy); these do not.
            foreach (var page in AnonymousAccountPages)
            {
                options.Conventions.AllowAnonymousToPage(page);
            }
        })
        .AddMvcOptions(options =>
        {
            // Binding errors (a date that is not a date) come back in the reader's language too.
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => string.Format(System.Globalization.CultureInfo.CurrentCulture, HostText.ModelBindingInvalid, value));
            messages.SetValueIsInvalidAccessor(value => string.Format(System.Globalization.CultureInfo.CurrentCulture, HostText.ModelBindingInvalid, value));
            messages.SetValueMustNotBeNullAccessor(_ => HostText.ModelBindingRequired);
            messages.SetMissingBindRequiredValueAccessor(_ => HostText.ModelBindingRequired);
            messages.SetMissingKeyOrValueAccessor(() => HostText.ModelBindingRequired);
            messages.SetValueMustBeANumberAccessor(_ => HostText.ModelBindingNotANumber);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => string.Format(System.Globalization.CultureInfo.CurrentCulture, HostText.ModelBindingInvalid, value));
            messages.SetUnknownValueIsInvalidAccessor(_ => HostText.ModelBindingRequired);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => HostText.ModelBindingRequired);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => HostText.ModelBindingNotANumber);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => HostText.ModelBindingRequired);
            // Enum fields take a member's name only, as the API does (EnumInput): not "2", not "A,B".
            options.ModelBinderProviders.Insert(0, new StrictEnumModelBinderProvider());
        });

        services.AddScoped<TeachingAccess>();
        services.AddScoped<Bootcamp.Web.Home.HomeCards>();
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.Admin, Roles.Staff))
            .AddPolicy(Policies.Teaching, p => p.RequireRole(Roles.Admin, Roles.Staff, Roles.Instructor))
            .AddPolicy(Policies.Placements, p => p.RequireRole(Roles.Admin, Roles.PlacementDirector))
            .AddPolicy(Policies.Sponsor, p => p.RequireRole(Roles.Sponsor))
            .AddPolicy(Policies.People, p => p.RequireRole(Roles.Admin, Roles.Staff, Roles.PlacementDirector))
            .AddPolicy(Policies.Team, p => p.RequireRole(Roles.Admin, Roles.Staff, Roles.Instructor, Roles.PlacementDirector));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "bootcamp.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            // The API answers with status codes, not redirects to a sign-in page.
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context.HttpContext, context.RedirectUri, StatusCodes.Status403Forbidden);
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "bootcamp.af";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    public static WebApplication UseBootcampWeb(this WebApplication app)
    {
        app.UseWhen(c => IsApi(c.Request), api => api.UseStatusCodePages(ApiInput.WriteStatusProblemAsync));
        app.UseWhen(c => !IsApi(c.Request), pages => pages.UseStatusCodePagesWithReExecute("/Status", "?code={0}"));
        app.UseSecurityHeaders();
        app.UseBootcampAssets();
        app.UseRouting();
        app.UseRoutingRejectionsForEveryone();
        app.UseBootcampLocalization();
        app.UseBootcampRateLimiting();
        app.UseUtf8Bodies();
        app.UseAuthentication();
        app.UseTwoFactorGate();
        app.UseAuthorization();
        app.UsePrivateLinks();
        app.UseAntiforgery();
        app.MapRazorPages().LimitAnonymous();
        app.MapCultureSwitch();
        return app;
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    private static Task ApiAwareRedirect(HttpContext context, string redirectUri, int apiStatus)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = apiStatus;
            return Task.CompletedTask;
        }

        context.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}

internal static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";
                // Pages and API answers can hold personal data: never cached, by the browser or a proxy.
                if (!WebAssets.IsAsset(context.Request.Path))
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }

                return Task.CompletedTask;
            });
            await next();
        });
}
