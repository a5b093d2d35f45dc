using Bootcamp.Applications.Contracts;
using Bootcamp.Placements.Contracts;
using Bootcamp.Reporting.Contracts;
using Bootcamp.Shared.Contracts;
using static Bootcamp.Testing.PlacementsTestData;

namespace Bootcamp.IntegrationTests.Reporting;

/// <summary>The seed programme's sample (71 placed: 39 within a month, 27 in one to two, 5 in two to three) read
/// back from the sponsor's PDF, in both languages, with every page drawn and nobody named.</summary>
public sealed class ImpactReportTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_sponsor_report_of_the_seed_sample_shows_55_38_and_7_percent_names_no_one_and_draws_every_page()
    {
        await using var app = ReportSample.App(database);
        var sample = await ReportSample.CreateAsync(app);
        var sponsorId = await SendAsync(app, new CreateSponsor("TD " + Guid.NewGuid().ToString("N")[..6]));
        await SendAsync(app, new AddSponsorship(sponsorId, sample.SessionId, null));

        var french = await SendAsync(app, new GetImpactReport(ReportScope.Session, sponsorId, sample.SessionId, null, "fr-CA"));
        var english = await SendAsync(app, new GetImpactReport(ReportScope.Session, sponsorId, sample.SessionId, null, "en-CA"));
        Assert.Equal("application/pdf", french.ContentType);

        // French sets "55 %" with a no-break space; pdftotext reads it as a space.
        var frText = (await PdfText.ExtractRawAsync(french.Content)).Replace('\u00A0', ' ');
        Assert.Contains("55 %", frText, StringComparison.Ordinal);
        Assert.Contains("38 %", frText, StringComparison.Ordinal);
        Assert.Contains("7 %", frText, StringComparison.Ordinal);
        Assert.Contains("Rapport d'impact", frText, StringComparison.Ordinal);
        Assert.Contains("Méthodes", frText, StringComparison.Ordinal);
        var enText = await PdfText.ExtractRawAsync(english.Content);
        Assert.Contains("55%", enText, StringComparison.Ordinal);
        Assert.Contains("38%", enText, StringComparison.Ordinal);
        Assert.Contains("7%", enText, StringComparison.Ordinal);
        Assert.Contains("Impact report", enText, StringComparison.Ordinal);

        foreach (var text in new[] { frText, enText })
        {
            // Names, employers and job titles of the sample never reach a sponsor.
            Assert.DoesNotMatch(@"Personne\d", text);
            Assert.DoesNotContain("Échantillon", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Employeur", text, StringComparison.Ordinal);
            Assert.Matches(@"Page 1 / \d+", text);
        }

        var info = await PdfText.InfoAsync(english.Content);
        Assert.Contains("Title:", info, StringComparison.Ordinal);
        Assert.Contains("Impact report", info, StringComparison.Ordinal);
        var fonts = (await PdfText.FontsAsync(french.Content)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, line => Assert.Matches(@"DejaVu.*\s+yes\s+yes\s+yes\s+\d+\s+\d+\s*$", line)); // embedded subsets
        Assert.Matches(@"/Lang\s*\(fr-CA\)", System.Text.Encoding.Latin1.GetString(french.Content));

        foreach (var pdf in new[] { french.Content, english.Content })
        {
            var pages = await PdfPages.RenderAsync(pdf);
            Assert.True(pages.Count >= 2, "a report has at least its figures and its methods page");
            foreach (var (page, index) in pages.Select((p, i) => (p, i)))
            {
                // The body (between header and footer), not only the page furniture, carries ink.
                Assert.True(page.InkBetween(page.Height / 8, page.Height * 7 / 8) > 50, $"page {index + 1} of {pages.Count} is blank");
            }
        }
    }

    [Fact]
    public async Task A_sponsor_gets_nothing_of_what_it_did_not_fund()
    {
        await using var app = ReportSample.App(database);
        var sample = await ReportSample.CreateAsync(app);
        var other = await SendAsync(app, new CreateSponsor("IBM " + Guid.NewGuid().ToString("N")[..6]));

        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(app, new GetImpactReport(ReportScope.Session, other, sample.SessionId, null, "fr-CA")));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(app, new GetImpactReport(ReportScope.Year, other, null, 2026, "fr-CA")));
        Assert.Empty((await SendAsync(app, new GetSponsorFunding(other))).Sessions);

        // Funding the year brings the session in.
        await SendAsync(app, new AddSponsorship(other, null, 2026));
        Assert.Contains((await SendAsync(app, new GetSponsorFunding(other))).Sessions, s => s.SessionId == sample.SessionId);
        await Assert.ThrowsAsync<ValidationFailedException>(() => SendAsync(app, new AddSponsorship(other, sample.SessionId, 2026)));
    }

    [Fact]
    public async Task Staff_figures_suppress_small_counts_and_the_csv_is_spreadsheet_safe()
    {
        await using var app = ReportSample.App(database);
        var sample = await ReportSample.CreateAsync(app, trackName: "=HYPERLINK(\"x\")");

        var figures = await SendAsync(app, new GetReportFigures(null, null, sample.SessionId));
        Assert.Equal((89, 71), (figures.PlacementDenominator.Value, figures.Placed.Value));
        Assert.Equal([39, 27, 5, 0], figures.TimeToJob.Rows.Select(r => r.Count.Value));
        // 18 people are non-reporting, 7 started a business…; the placed outcomes add up to 71 and nothing is small.
        Assert.All(figures.Outcomes.Rows, r => Assert.True(r.Count.Value is null or 0 or >= 5));
        Assert.Null(figures.Applicants); // one session: no immigration status at all

        var csv = await SendAsync(app, new ExportReportCsv(null, null, sample.SessionId, "en-CA"));
        var text = System.Text.Encoding.UTF8.GetString(csv.Content);
        Assert.Contains("Within 1 month,39,55%", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", text, StringComparison.Ordinal);
    }
}
