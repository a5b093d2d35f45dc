using Bootcamp.Identity;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>The placement director records a completer's placement and sees the dashboard change, in French then English.</summary>
public sealed class PlacementJourneyTests(ProgrammeCalendarApp app, BrowserFixture browser) : IClassFixture<ProgrammeCalendarApp>, IClassFixture<BrowserFixture>
{
    [Fact]
    public Task The_placement_director_records_a_placement_and_the_dashboard_counts_it() =>
        browser.RunAsync(app, async session =>
        {
            var clock = app.Factory.Clock!;
            clock.Set(SessionApplicants.InWindow);
            var director = $"placement.{Guid.NewGuid():N}@tests.bootcamp.local";
            FollowUpWorld world;
            await using (var setup = new BootcampAppFactory(app.ConnectionString) { Clock = clock })
            {
                world = await FollowUpWorld.CreateAsync(setup, 2);
                await TestUsers.EnsureAsync(setup, Roles.PlacementDirector, director);
            }

            clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 20)));
            var person = world.Completers[0];
            var page = await session.NewPageAsync(BrowserProfile.Desktop("fr-CA"));
            await page.GotoAsync("/Account/Login");
            await Accessibility.AssertAccessibleAsync(page);
            await page.GetByLabel("Courriel", new() { Exact = true }).FillAsync(director);
            await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(TestUsers.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();

            await page.GotoAsync($"/Placements?session={world.Session.SessionId}");
            await Accessibility.AssertAccessibleAsync(page);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Placements et suivis", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("placed-rate")).ToHaveTextAsync("Taux d’emploi : 0 sur 2");

            await page.GetByTestId("people").GetByRole(AriaRole.Listitem).Filter(new() { HasText = $"{person.FirstName} {person.LastName}" })
                .GetByRole(AriaRole.Link, new() { Name = "Enregistrer un placement" }).ClickAsync();
            await page.GetByLabel("Employeur", new() { Exact = true }).FillAsync("Coopérative Code Montréal");
            await page.GetByLabel("Poste", new() { Exact = true }).FillAsync("Développeur web junior");
            await page.GetByLabel("Date de début", new() { Exact = true }).FillAsync("2027-03-01");
            await page.GetByTestId("save-placement").ClickAsync();

            await Expect(page.GetByTestId("placed-rate")).ToHaveTextAsync("Taux d’emploi : 1 sur 2");
            var firstBucket = page.GetByTestId("time-to-job").GetByRole(AriaRole.Row).Filter(new() { HasText = "1 mois ou moins" });
            await Expect(firstBucket.GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync("1");

            await page.GetByTestId("language-switch").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Placements and follow-ups", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("placed-rate")).ToHaveTextAsync("Employment rate: 1 of 2");
        });
}
