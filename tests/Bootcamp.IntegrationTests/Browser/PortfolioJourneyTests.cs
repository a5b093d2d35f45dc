using Bootcamp.Attendance.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>The app with its GitHub REST calls and OAuth endpoints pointed at a stand-in on loopback.</summary>
public sealed class PortfolioApp : LiveApp
{
    internal GitHubStandIn GitHub { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        GitHub = await GitHubStandIn.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await GitHub.DisposeAsync();
    }

    protected override ManualClock? CreateClock() => new(SessionApplicants.InWindow);

    protected override IReadOnlyDictionary<string, string?>? Settings() => GitHub.Settings();
}

/// <summary>
/// A participant goes from her application's private link to her portfolio, links her (stand-in) GitHub account through
/// the OAuth flow, syncs, shows her capstone with a French description and a demo, publishes; an employer opens the
/// shared address in English; she unpublishes and the address answers 404 at once.
/// </summary>
public sealed class PortfolioJourneyTests(PortfolioApp app, BrowserFixture browser) : IClassFixture<PortfolioApp>, IClassFixture<BrowserFixture>
{
    [Fact]
    public Task A_participant_links_GitHub_curates_publishes_and_unpublishes_her_portfolio() =>
        browser.RunAsync(app, async session =>
        {
            var clock = app.Factory.Clock!;
            clock.Set(SessionApplicants.InWindow);
            TaughtSession taught;
            await using (var setup = new BootcampAppFactory(app.ConnectionString) { Clock = clock })
            {
                taught = await TaughtSessions.CreateAsync(setup, 2, $"rana.{Guid.NewGuid():N}@tests.bootcamp.local");
                await using var scope = setup.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IMediator>()
                    .Send(new AddMilestone(taught.TrackId, new MilestoneDetails("Projet final", "Capstone", true)));
            }

            var person = taught.Participants.First(p => p.PreferredLanguage.StartsWith("fr", StringComparison.Ordinal));
            app.GitHub.Add(new StandInAccount(4242, "amina-codes",
                new StandInRepository(1, "entraide-capstone", Homepage: "https://entraide.example.org"),
                new StandInRepository(2, "exercices-js", HasReadme: false),
                new StandInRepository(3, "recettes")));
            app.GitHub.SignedInLogin = "amina-codes";

            var phone = await session.NewPageAsync(BrowserProfile.Phone("fr-CA"));
            await phone.GotoAsync($"/Public/Application/{taught.TokenOf(person)}");
            await Accessibility.AssertAccessibleAsync(phone);
            await phone.GetByTestId("portfolio-link").GetByRole(AriaRole.Link, new() { Name = "Mon portfolio" }).ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Mon portfolio", Level = 1 })).ToBeVisibleAsync();
            await Expect(phone.GetByTestId("visibility")).ToContainTextAsync("privé");

            // Through GitHub's (stand-in's) authorize page and back: the account is linked and verified.
            await phone.GetByTestId("link-github").ClickAsync();
            await Expect(phone.GetByTestId("github-login")).ToHaveTextAsync("amina-codes");
            await Expect(phone.GetByTestId("github-verified")).ToHaveTextAsync("vérifié");

            await phone.GetByTestId("sync-now").ClickAsync();
            await Expect(phone.GetByTestId("portfolio-notice")).ToHaveTextAsync("Synchronisé avec GitHub.");
            await Expect(phone.GetByTestId("repository")).ToHaveCountAsync(3);

            var capstone = phone.Locator("[data-testid=repository][data-name=entraide-capstone]");
            await capstone.GetByLabel("Montrer dans mon portfolio").CheckAsync();
            await capstone.GetByLabel("Étape du programme").SelectOptionAsync(new SelectOptionValue { Label = "Projet final ★" });
            await capstone.GetByLabel("Description en français").FillAsync("Un tableau d’entraide pour les personnes nouvellement arrivées.");
            await capstone.GetByLabel("Adresse de la démo en ligne").FillAsync("pas une adresse");
            await capstone.GetByTestId("save-repository").ClickAsync();
            await Expect(phone.Locator("[data-testid=repository][data-name=entraide-capstone]").GetByTestId("demo-url-error"))
                .ToContainTextAsync("https://");
            capstone = phone.Locator("[data-testid=repository][data-name=entraide-capstone]");
            await capstone.GetByLabel("Adresse de la démo en ligne").FillAsync("https://entraide.example.org");
            await capstone.GetByTestId("save-repository").ClickAsync();
            await Expect(phone.GetByTestId("portfolio-notice")).ToHaveTextAsync("Enregistré.");
            await Expect(capstone.GetByTestId("shown-badge")).ToBeVisibleAsync();

            await phone.GetByTestId("publish").ClickAsync();
            await Expect(phone.GetByTestId("portfolio-notice")).ToHaveTextAsync("Votre portfolio est public.");
            var address = await phone.GetByTestId("public-url").GetAttributeAsync("href");
            Assert.NotNull(address);

            // She checks it in English.
            await phone.GetByTestId("language-switch").ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "My portfolio", Level = 1 })).ToBeVisibleAsync();
            await Expect(phone.GetByTestId("visibility")).ToContainTextAsync("Your portfolio is public");

            // An employer opens the shared address: the chosen project only, with her words.
            var employer = await session.NewPageAsync(BrowserProfile.Desktop("en-CA"));
            await employer.GotoAsync(address!);
            await Accessibility.AssertAccessibleAsync(employer);
            await Expect(employer.GetByTestId("project")).ToHaveCountAsync(1);
            await Expect(employer.GetByTestId("project")).ToContainTextAsync("entraide-capstone");
            await Expect(employer.GetByTestId("project")).ToContainTextAsync("Milestone: Capstone");
            await Expect(employer.GetByTestId("project-description")).ToHaveTextAsync("Un tableau d’entraide pour les personnes nouvellement arrivées.");
            await Expect(employer.GetByText("recettes")).ToHaveCountAsync(0);

            await phone.GetByTestId("unpublish").ClickAsync();
            await Expect(phone.GetByTestId("visibility")).ToContainTextAsync("private");
            var closed = await employer.GotoAsync(address!);
            Assert.Equal(404, closed!.Status);
        });
}
