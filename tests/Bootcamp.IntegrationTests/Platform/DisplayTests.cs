using System.Globalization;
using Bootcamp.Host.Infrastructure;

namespace Bootcamp.IntegrationTests.Platform;

/// <summary>The shared formatters every page uses, without a server: the reader's culture is all they depend on.</summary>
public sealed class DisplayTests
{
    [Theory]
    [InlineData("fr-CA", null, "—")]
    [InlineData("fr-CA", "0", "0\u00A0%")]
    [InlineData("fr-CA", "0.555", "56\u00A0%")]
    [InlineData("fr-CA", "1", "100\u00A0%")]
    [InlineData("en-CA", null, "—")]
    [InlineData("en-CA", "0", "0%")]
    [InlineData("en-CA", "0.555", "56%")]
    [InlineData("en-CA", "1", "100%")]
    public void A_share_reads_as_a_whole_percentage_in_the_readers_culture(string culture, string? share, string expected) =>
        Assert.Equal(expected, In(culture, () => Display.Percent(share is null ? null : decimal.Parse(share, CultureInfo.InvariantCulture))));

    // Test data carries the culture by name; the formatter reads the ambient one, as a request sets it.
    private static T In<T>(string name, Func<T> read)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
