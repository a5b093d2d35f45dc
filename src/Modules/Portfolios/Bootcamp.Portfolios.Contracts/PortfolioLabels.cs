using System.Globalization;
using System.Resources;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.Portfolios.Contracts;

/// <summary>Portfolios' values in French and English (Labels/PortfolioLabels.resx).</summary>
public static class PortfolioLabels
{
    private static readonly ResourceManager Text = EnumLabels.Resource(typeof(PortfolioLabels));

    public static string Sync(SyncStatus status, CultureInfo? culture = null) => EnumLabels.Of(Text, status, culture);

    /// <summary>A kind of record or a field of the personal-data export (decisions/0018).</summary>
    public static string PersonalData(PortfolioPersonalData item, System.Globalization.CultureInfo? culture = null) => EnumLabels.Of(Text, item, culture);
}
