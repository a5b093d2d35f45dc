using System.Globalization;

namespace Bootcamp.Mail;

/// <summary>
/// Renders a mail in its recipient's language: modules keep their templates in their own resx files and call
/// <c>MailCulture.Render(person.Culture, () =&gt; new OutgoingMail(..., Texts.AdmittedSubject, ...))</c>.
/// </summary>
public static class MailCulture
{
    internal const string French = "fr-CA";
    internal const string English = "en-CA";

    /// <summary>Runs <paramref name="render"/> with the current culture and UI culture set to en-CA when
    /// <paramref name="culture"/> starts with "en", fr-CA otherwise (French is the default), and restores the caller's
    /// cultures afterwards.</summary>
    public static T Render<T>(string culture, Func<T> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        var target = CultureInfo.GetCultureInfo(Normalize(culture));
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = target;
            CultureInfo.CurrentUICulture = target;
            return render();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    /// <summary>en-CA for anything starting with "en" (en, en-US, EN-ca…), fr-CA for everything else, null included.</summary>
    internal static string Normalize(string? culture) =>
        culture is not null && culture.TrimStart().StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : French;
}
