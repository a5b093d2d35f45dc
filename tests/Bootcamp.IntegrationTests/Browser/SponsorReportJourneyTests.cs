using Bootcamp.Identity;
using Bootcamp.Reporting.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Bootcamp.Testing.PlacementsTestData;
using static Microsoft.Playwright.Assertions;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>November 2026: the seed sample's session ended in June and its follow-ups are in.</summary>
public sealed class ReportingCalendarApp : LiveApp
{
    protected override ManualClock? CreateClock() => new(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero));
}

/// <summary>A sponsor signs in, sees only the session it funded, and downloads its impact report in French, then in
/// English after switching the page's language; on a phone, the portal shows the same key figures.</summary>
public sealed class SponsorReportJourneyTests(ReportingCalendarApp app, BrowserFixture browser) : IClassFixture<ReportingCalendarApp>, IClassFixture<BrowserFixture>
{
    [Fact]
    public Task A_sponsor_downloads_its_impact_report_in_French_and_in_English() =>
        browser.RunAsync(app, async session =>
        {
            var email = $"sponsor.{Guid.NewGuid():N}@tests.bootcamp.local";
            ReportSample sample;
            await using (var setup = new BootcampAppFactory(app.ConnectionString, settings: NoScheduler) { Clock = app.Factory.Clock })
            {
                sample = await ReportSample.CreateAsync(setup);
                var sponsorId = await SendAsync(setup, new CreateSponsor("GitHub " + Guid.NewGuid().ToString("N")[..6]));
                await SendAsync(setup, new AddSponsorship(sponsorId, sample.SessionId, null));
                await TestUsers.EnsureAsync(setup, Roles.Sponsor, email);
                await using var scope = setup.Services.CreateAsyncScope();
                var users = scope.ServiceProvider.GetRequiredService<UserManager<BootcampUser>>();
                var user = (await users.FindByEmailAsync(email))!;
                user.SponsorId = sponsorId;
                await users.UpdateAsync(user);
            }

            var page = await session.NewPageAsync(BrowserProfile.Desktop("fr-CA"));
            await page.GotoAsync("/Account/Login");
            await Accessibility.AssertAccessibleAsync(page);
            await page.GetByLabel("Courriel", new() { Exact = true }).FillAsync(email);
            await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(TestUsers.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();

            await page.GotoAsync("/Sponsor");
            await Accessibility.AssertAccessibleAsync(page);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rapports d'impact", Level = 1 })).ToBeVisibleAsync();
            var sessions = page.GetByTestId("funded-sessions");
            await Expect(sessions.GetByRole(AriaRole.Row)).ToHaveCountAsync(2); // header and the one funded session
            await Expect(sessions).ToContainTextAsync("printemps 2026");

            var french = await DownloadAsync(page, sessions.GetByRole(AriaRole.Link, new() { Name = "FR", Exact = true }));
            Assert.EndsWith("-fr.pdf", french.Name, StringComparison.Ordinal);
            var frText = (await PdfText.ExtractRawAsync(french.Content)).Replace('\u00A0', ' ');
            Assert.Contains("Rapport d'impact", frText, StringComparison.Ordinal);
            Assert.Contains("55 %", frText, StringComparison.Ordinal);

            await page.GetByTestId("language-switch").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Impact reports", Level = 1 })).ToBeVisibleAsync();
            var english = await DownloadAsync(page, page.GetByTestId("report-all-en"));
            Assert.EndsWith("-en.pdf", english.Name, StringComparison.Ordinal);
            var enText = await PdfText.ExtractRawAsync(english.Content);
            Assert.Contains("Impact report", enText, StringComparison.Ordinal);
            Assert.Contains("All funded sessions", enText, StringComparison.Ordinal);
            Assert.Contains("55%", enText, StringComparison.Ordinal);

            // On a phone the portal's key figures are the PDF's, and nothing scrolls sideways.
            var phone = await session.NewPageAsync(BrowserProfile.Phone("fr-CA"));
            await phone.GotoAsync("/Account/Login");
            await Accessibility.AssertAccessibleAsync(phone);
            await phone.GetByLabel("Courriel", new() { Exact = true }).FillAsync(email);
            await phone.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(TestUsers.Password);
            await phone.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
            await phone.GotoAsync("/Sponsor");
            await Accessibility.AssertAccessibleAsync(phone);
            await Expect(phone.GetByTestId("figure-employment-rate")).ToContainTextAsync("Taux d’emploi : 71 sur 89");
            await Expect(phone.GetByTestId("figure-employment-rate").GetByRole(AriaRole.Heading)).ToHaveTextAsync("80\u00A0%");
            var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"The sponsor portal scrolls sideways on a phone: {width}px");

            // The rest of the app stays closed to a sponsor.
            await page.GotoAsync("/Staff/Reports");
            await Accessibility.AssertAccessibleAsync(page);
            Assert.Contains("/Account/AccessDenied", page.Url, StringComparison.Ordinal);
        });

    private static async Task<(string Name, byte[] Content)> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return (download.SuggestedFilename, copy.ToArray());
    }
}
