using System.Globalization;

namespace Bootcamp.Privacy.Web;

/// <summary>The export is written in the person's language, whatever the admin's: the modules label their values in
/// the current UI culture, so it is switched for the time of the request.</summary>
internal static class PersonLanguage
{
    public static readonly string[] Supported = ["fr-CA", "en-CA"];

    public static string Normalise(string? culture) =>
        culture?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en-CA" : "fr-CA";

    public static async Task<T> InAsync<T>(string culture, Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        var wanted = CultureInfo.GetCultureInfo(Normalise(culture));
        CultureInfo.CurrentUICulture = wanted;
        CultureInfo.CurrentCulture = wanted;
        try
        {
            return await work();
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = format;
        }
    }
}
