using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Bootcamp.Web;

public static class Localization
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-CA");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-CA");
    public static readonly CultureInfo[] Supported = [French, English];

    public static IServiceCollection AddBootcampLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            // French first: the programme runs in Québec. A person's choice (cookie) beats the browser's language.
            options.DefaultRequestCulture = new RequestCulture(French);
            options.SupportedCultures = Supported;
            options.SupportedUICultures = Supported;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>The supported culture for a person's preferred language ("en…" is English, anything else French).</summary>
    public static CultureInfo For(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : French;

    /// <summary>
    /// On a private link's first visit, the person's own language unless they already chose one (the switch's cookie) or
    /// the link says so: remembered like the switch does, so later posts keep it. Returns true when the caller must
    /// redirect to the same address for it to take effect.
    /// </summary>
    public static bool AdoptOwnLanguage(HttpContext context, string? preferredLanguage)
    {
        ArgumentNullException.ThrowIfNull(context);
        var own = For(preferredLanguage);
        if (context.Request.Query.ContainsKey("culture") || context.Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName)
            || own.Name.Equals(CultureInfo.CurrentUICulture.Name, StringComparison.Ordinal))
        {
            return false;
        }

        Remember(context.Response, own);
        return true;
    }

    /// <summary>
    /// The header's switch on a page that holds a form being filled in: the form is posted with the language chosen, and
    /// the page shows it again, in that language, with everything typed (decisions/0021). Remembered like the switch.
    /// </summary>
    public static void SwitchWithinRequest(HttpContext context, string? culture)
    {
        ArgumentNullException.ThrowIfNull(context);
        var chosen = Supported.FirstOrDefault(c => c.Name.Equals(culture, StringComparison.OrdinalIgnoreCase)) ?? French;
        Remember(context.Response, chosen);
        // For the rest of the handler (what it loads, in the reader's language); the page's LanguageSwitchForm filter
        // sets it again around the rendering, which an async handler's change would not reach.
        CultureInfo.CurrentCulture = chosen;
        CultureInfo.CurrentUICulture = chosen;
        context.Items[LanguageSwitchForm.Key] = chosen;
    }

    /// <summary>The form's fields as typed, shown again without their errors: switching language is not submitting.</summary>
    public static void KeepTypedValuesWithoutErrors(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var entry in modelState.Values)
        {
            entry.Errors.Clear();
            entry.ValidationState = Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Valid;
        }
    }

    /// <summary>Remembers a language choice for the next requests (the cookie the switch in the header sets too).</summary>
    public static void Remember(HttpResponse response, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
    }

    public static WebApplication UseBootcampLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
