using System.Net;
using System.Text.RegularExpressions;
using Bootcamp.Identity;
using Bootcamp.Placements.Contracts;
using Bootcamp.Reporting.Contracts;
using static Bootcamp.Testing.PlacementsTestData;

namespace Bootcamp.IntegrationTests.Reporting;

/// <summary>With the six-month wave on, the fourth wave is the one at six months: every page, export and PDF names it by
/// its months, never by its rank.</summary>
public sealed partial class SixMonthWaveTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_fourth_wave_reads_as_six_months_on_the_dashboard_the_staff_report_its_csv_and_the_sponsor_pdf()
    {
        var settings = new Dictionary<string, string?>(NoScheduler) { ["Placements:FollowUp:IncludeSixMonths"] = "true" };
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: settings)
        {
            Clock = new ManualClock(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero)),
        };
        var sample = await ReportSample.CreateAsync(app);

        var director = await TestUsers.SignedInClientAsync(app, Roles.PlacementDirector);
        var french = WebUtility.HtmlDecode(await director.GetStringAsync(new Uri($"/Placements?session={sample.SessionId}&culture=fr-CA", UriKind.Relative)));
        Assert.Equal(["Suivi à 1 mois", "Suivi à 2 mois", "Suivi à 3 mois", "Suivi à 6 mois"], FirstCells(Table(french, "waves")));
        var english = WebUtility.HtmlDecode(await director.GetStringAsync(new Uri($"/Placements?session={sample.SessionId}&culture=en-CA", UriKind.Relative)));
        Assert.Equal(["1-month follow-up", "2-month follow-up", "3-month follow-up", "6-month follow-up"], FirstCells(Table(english, "waves")));
        Assert.DoesNotContain("4-month", english, StringComparison.Ordinal);

        var staff = await TestUsers.SignedInClientAsync(app, Roles.Staff);
        var report = WebUtility.HtmlDecode(await staff.GetStringAsync(new Uri($"/Staff/Reports?session={sample.SessionId}", UriKind.Relative)));
        Assert.Equal(["Suivi à 1 mois", "Suivi à 2 mois", "Suivi à 3 mois", "Suivi à 6 mois"], FirstCells(Table(report, "waves")));

        var csv = System.Text.Encoding.UTF8.GetString((await SendAsync(app, new ExportReportCsv(null, null, sample.SessionId, "en-CA"))).Content);
        Assert.Contains("6-month follow-up,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("4-month", csv, StringComparison.Ordinal);

        var sponsorId = await SendAsync(app, new CreateSponsor("TD " + Guid.NewGuid().ToString("N")[..6]));
        await SendAsync(app, new AddSponsorship(sponsorId, sample.SessionId, null));
        foreach (var (culture, six, four) in new[] { ("en-CA", "6-month follow-up", "4-month"), ("fr-CA", "Suivi à 6 mois", "Suivi à 4 mois") })
        {
            var pdf = await SendAsync(app, new GetImpactReport(ReportScope.Session, sponsorId, sample.SessionId, null, culture));
            var text = (await PdfText.ExtractRawAsync(pdf.Content)).Replace('\u00A0', ' ');
            Assert.Contains(six, text, StringComparison.Ordinal);
            Assert.DoesNotContain(four, text, StringComparison.Ordinal);
        }

        var outcomes = await SendAsync(app, new GetPlacementFigures([sample.SessionId]));
        Assert.Equal([(1, 1), (2, 2), (3, 3), (4, 6)], outcomes.Waves.Select(w => (w.Wave, w.Months)));

        // The sample's 71 placed all started within three months: the dashboard and the reports count them by one rule.
        Assert.Equal(71, (await SendAsync(app, new GetPlacementDashboard(null, sample.SessionId))).Figures.PlacedWithinThreeMonths);
        Assert.Equal(71, (await SendAsync(app, new GetReportFigures(null, null, sample.SessionId))).PlacedWithinThreeMonths.Value);
        Assert.Contains(">En emploi dans les 3 mois suivant la fin : 71 sur 89<", french, StringComparison.Ordinal);
    }

    private static string Table(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {testId}");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    private static List<string> FirstCells(string table) => [.. FirstCell().Matches(table).Select(m => m.Groups[1].Value.Trim())];

    [GeneratedRegex(@"<tr>\s*<td>([^<]*)</td>")]
    private static partial Regex FirstCell();
}
