using System.Globalization;
using System.Resources;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.Portfolios.Contracts;

/// <summary>Portfolios' values in French and English (Labels/PortfolioLabels.resx).</summary>
public static class PortfolioLabels
{
    private static readonly ResourceManager Text = EnumLabels.Resource(typeof(PortfolioLabels));

    public static string Sync(SyncStatus status, CultureInfo? culture = null) => EnumLabels.Of(Text, status, culture);
}
