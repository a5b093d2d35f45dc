using System.Globalization;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Bootcamp.Web;

/// <summary>
/// On a page whose form is being filled in, the header's language switch posts that form to the page's <c>Language</c>
/// handler (the page sets <c>ViewData[Key]</c> to the form's id), which shows the same form in the other language with
/// everything typed (decisions/0021). The culture is an async-local: this filter sets the chosen one around the
/// rendering, which a change made inside the async handler would not reach.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LanguageSwitchFormAttribute : Attribute, IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HttpContext.Items[LanguageSwitchForm.Key] is CultureInfo chosen)
        {
            CultureInfo.CurrentCulture = chosen;
            CultureInfo.CurrentUICulture = chosen;
        }

        await next();
    }
}

public static class LanguageSwitchForm
{
    public const string Key = "LanguageSwitchForm";
}
