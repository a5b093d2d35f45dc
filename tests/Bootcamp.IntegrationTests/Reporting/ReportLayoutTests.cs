using System.Globalization;
using Bootcamp.Reporting.Contracts;
using Bootcamp.Reporting.Pdf;

namespace Bootcamp.IntegrationTests.Reporting;

/// <summary>The PDF layout on its own: a table longer than a page goes on over the next pages with its header row again,
/// and every page carries "Page n / N".</summary>
public sealed class ReportLayoutTests
{
    [Fact]
    public async Task A_long_sessions_table_splits_across_pages_and_repeats_its_header_row()
    {
        var none = new ReportCount(0, false);
        var sessions = Enumerable.Range(0, 90).Select(i => new FundedSessionDto(
            Guid.NewGuid(), $"Session du soir n° {i}", "Développement web", "Web development",
            new DateOnly(2025, 1, 6).AddDays(7 * i), new DateOnly(2025, 2, 28).AddDays(7 * i), 25)).ToList();
        var empty = new ReportTable([], none);
        var figures = new ReportFiguresDto(
            5, 20, sessions, 90 * 25, none, null, null, none, none, null, null, none, [], none, none, null, none, null, none, null, empty, empty, []);

        var pdf = ImpactReportDocument.Render(figures, new ReportText(CultureInfo.GetCultureInfo("en-CA"), 5), "IBM", "All funded sessions", new DateOnly(2026, 11, 20));

        var pages = (await PdfText.ExtractRawAsync(pdf)).Split('\f', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count >= 4, $"{pages.Count} pages");
        var withHeader = pages.Count(p => p.Contains("Track Session Dates Seats", StringComparison.Ordinal));
        var withSessions = pages.Count(p => p.Contains("Session du soir", StringComparison.Ordinal));
        Assert.True(withSessions >= 2, $"sessions on {withSessions} pages");
        Assert.Equal(withSessions, withHeader);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Page {i + 1} / {pages.Count}", pages[i], StringComparison.Ordinal);
        }
    }
}
