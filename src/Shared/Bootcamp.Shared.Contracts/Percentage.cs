using System.Globalization;

namespace Bootcamp.Shared.Contracts;

/// <summary>How a share reads wherever it is shown (pages, CSV, PDF), so they cannot drift apart.</summary>
public static class Percentage
{
    /// <summary>A share (0.555) as a whole percentage, "56 %" in French and "56%" in English, or <paramref name="none"/>.
    /// The French space is a no-break one so the sign never wraps away from its number.</summary>
    public static string Format(decimal? share, CultureInfo culture, string none = "—")
    {
        ArgumentNullException.ThrowIfNull(culture);
        return share is { } s
            ? Math.Round(s * 100, MidpointRounding.AwayFromZero).ToString("0", culture) + (culture.TwoLetterISOLanguageName == "en" ? "%" : "\u00A0%")
            : none;
    }
}
