using System.Globalization;
using Bootcamp.Reporting.Contracts;

namespace Bootcamp.UnitTests.Reporting;

public sealed class ReportCountTests
{
    [Theory]
    [InlineData("fr-CA", 1234, false, "1\u00A0234")]
    [InlineData("en-CA", 1234, false, "1,234")]
    [InlineData("fr-CA", null, true, "< 5")]
    [InlineData("en-CA", null, true, "< 5")]
    [InlineData("fr-CA", null, false, "—")]
    public void A_count_reads_as_its_number_as_small_or_as_hidden(string culture, int? value, bool small, string expected) =>
        Assert.Equal(expected, new ReportCount(value, small).Format(5, CultureInfo.GetCultureInfo(culture)));
}
