using System.Net;
using Bootcamp.Portfolios.Contracts;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.IntegrationTests.Portfolios;

/// <summary>Portfolios end to end on PostgreSQL, with GitHub played by the loopback stand-in: private by default,
/// syncing and its failures (the last good data stays), curation rules, publishing and unpublishing, staff entry and
/// who sees a session's overview.</summary>
public sealed class PortfolioTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private GitHubStandIn _gitHub = null!;

    public async Task InitializeAsync() => _gitHub = await GitHubStandIn.StartAsync();

    public async Task DisposeAsync() => await _gitHub.DisposeAsync();

    [Fact]
    public async Task An_enrolled_participant_gets_a_private_portfolio_that_nobody_else_can_see()
    {
        var world = await PortfolioWorld.CreateAsync(database.ConnectionString, _gitHub);
        await using var app = world.App;

        var portfolio = await world.PortfolioAsync(0);
        Assert.Equal(PortfolioVisibility.Private, portfolio.Visibility);
        Assert.Null(portfolio.PublicSlug);
        Assert.Null(portfolio.GitHubLogin);
        Assert.Equal(SyncStatus.NeverSynced, portfolio.SyncStatus);

        var visitor = app.CreateClient();
        Assert.Contains("/Portfolio", await visitor.GetStringAsync(new Uri($"/Public/Application/{world.TokenOf(0)}", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/Public/Application/{world.TokenOf(0)}/Portfolio", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri("/Public/Application/not-a-token/Portfolio", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri("/p/anything", UriKind.Relative))).StatusCode);
        await Assert.ThrowsAsync<ValidationFailedException>(() => world.SendAsync(new SetPortfolioVisibility(world.TokenOf(0), PortfolioVisibility.Public)));
    }

    [Fact]
    public async Task A_forged_callback_links_nothing_and_without_a_client_id_the_page_explains_staff_entry()
    {
        var world = await PortfolioWorld.CreateAsync(database.ConnectionString, _gitHub);
        await using var app = world.App;
        _gitHub.Add(new StandInAccount(700, "intruder"));
        var visitor = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await visitor.GetStringAsync(new Uri($"/Public/Application/{world.TokenOf(0)}/Portfolio?culture=fr-CA", UriKind.Relative));
        Assert.Contains("data-testid=\"link-github\"", page, StringComparison.Ordinal);

        var forged = await visitor.GetAsync(new Uri("/signin-github?code=code-intruder&state=not-a-protected-state", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Null((await world.PortfolioAsync(0)).GitHubLogin);

        await using var unconfigured = new BootcampAppFactory(database.ConnectionString);
        var explained = await unconfigured.CreateClient().GetStringAsync(new Uri($"/Public/Application/{world.TokenOf(0)}/Portfolio?culture=fr-CA", UriKind.Relative));
        Assert.Contains("data-testid=\"link-github-unavailable\"", explained, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"link-github\"", explained, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Published_portfolios_show_only_what_was_chosen_and_unpublishing_closes_the_address_at_once()
    {
        var world = await PortfolioWorld.CreateAsync(database.ConnectionString, _gitHub);
        await using var app = world.App;
        _gitHub.Add(new StandInAccount(501, "amina-pub", new StandInRepository(1, "recettes"), new StandInRepository(2, "journal-intime")));
        var portfolio = await world.PortfolioAsync(0);
        await world.SendAsync(new LinkGitHubAccount(portfolio.Id, "amina-pub", 501));
        Assert.Equal(SyncStatus.Ok, await world.SendAsync(new SyncPortfolioNow(world.TokenOf(0))));
        await world.SendAsync(new CurateRepository(world.TokenOf(0), 1, new RepositoryCuration(true, world.CapstoneId, "Mes recettes", null, "https://recettes.example.org")));

        var slug = await world.SendAsync(new SetPortfolioVisibility(world.TokenOf(0), PortfolioVisibility.Public));
        Assert.Equal(slug, await world.SendAsync(new SetPortfolioVisibility(world.TokenOf(0), PortfolioVisibility.Public)));
        var employer = app.CreateClient();
        var page = await employer.GetStringAsync(new Uri($"/p/{slug}", UriKind.Relative));
        Assert.Contains("recettes", page, StringComparison.Ordinal);
        Assert.Contains("Mes recettes", page, StringComparison.Ordinal);
        Assert.DoesNotContain("journal-intime", page, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Session.Participants[0].LastName, page, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Session.Participants[0].Email, page, StringComparison.Ordinal);

        await world.SendAsync(new SetPortfolioVisibility(world.TokenOf(0), PortfolioVisibility.Private));
        var closed = await employer.GetAsync(new Uri($"/p/{slug}", UriKind.Relative));
        var unknown = await employer.GetAsync(new Uri("/p/never-issued-address", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, closed.StatusCode);
        Assert.Equal(WithoutAntiforgery(await unknown.Content.ReadAsStringAsync()), WithoutAntiforgery(await closed.Content.ReadAsStringAsync()));

        var again = await world.SendAsync(new SetPortfolioVisibility(world.TokenOf(0), PortfolioVisibility.Public));
        Assert.NotEqual(slug, again);
        Assert.Equal(HttpStatusCode.NotFound, (await employer.GetAsync(new Uri($"/p/{slug}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_failed_sync_keeps_the_last_good_repositories_and_says_why_on_the_page()
    {
        var world = await PortfolioWorld.CreateAsync(database.ConnectionString, _gitHub);
        await using var app = world.App;
        _gitHub.Add(new StandInAccount(502, "amina-sync", GitHubClientTests.Repos(3)));
        var portfolio = await world.PortfolioAsync(0);
        await world.SendAsync(new LinkGitHubAccount(portfolio.Id, "amina-sync", 502));
        Assert.Equal(SyncStatus.Ok, await world.SendAsync(new SyncPortfolioNow(world.TokenOf(0))));
        Assert.Equal(3, (await world.PortfolioAsync(0)).Repositories.Count);

        var page = new Uri($"/Public/Application/{world.TokenOf(0)}/Portfolio?culture=en-CA", UriKind.Relative);
        _gitHub.DropConnections = true;
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(SyncStatus.NetworkError, await world.SendAsync(new SyncPortfolioNow(world.TokenOf(0))));
        Assert.Contains("GitHub could not be reached", await app.CreateClient().GetStringAsync(page), StringComparison.Ordinal);
        _gitHub.DropConnections = false;

        _gitHub.QuotaSpentUntil = world.Clock.GetUtcNow().AddMinutes(30);
        world.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(SyncStatus.RateLimited, await world.SendAsync(new SyncPortfolioNow(world.TokenOf(0))));
        var limited = await world.PortfolioAsync(0);
        Assert.NotNull(limited.RateLimitedUntil);
        Assert.Equal(3, limited.Repositories.Count);
        _gitHub.QuotaSpentUntil = null;

        world.Clock.Advance(TimeSpan.FromHours(1));
        _gitHub.Accounts.TryRemove("amina-sync", out _);
        Assert.Equal(SyncStatus.UserNotFound, await world.SendAsync(new SyncPortfolioNow(world.TokenOf(0))));
        var gone = await world.PortfolioAsync(0);
        Assert.Equal(3, gone.Repositories.Count);
        Assert.NotNull(gone.LastSyncedAt);
        var response = await app.CreateClient().GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("GitHub no longer knows this account", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Curation_checks_the_demo_address_the_milestone_and_the_number_shown()
    {
        var world = await PortfolioWorld.CreateAsync(database.ConnectionString, _gitHub, maxShown: 2);
        await using var app = world.App;
        _gitHub.Add(new StandInAccount(503, "amina-curate", GitHubClientTests.Repos(3)));
        var portfolio = await world.PortfolioAsync(0);
        await world.SendAsync(new LinkGitHubAccount(portfolio.Id, "amina-curate", 503));
        await world.SendAsync(new SyncPortfolioNow(world.TokenOf(0)));
        var token = world.TokenOf(0);

        var badDemo = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            world.SendAsync(new CurateRepository(token, 1, new RepositoryCuration(true, null, null, null, "javascript:alert(1)"))));
        Assert.Contains(nameof(RepositoryCuration.DemoUrl), badDemo.Errors.Keys);
        var badMilestone = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            world.SendAsync(new CurateRepository(token, 1, new RepositoryCuration(true, Guid.NewGuid(), null, null, null))));
        Assert.Contains(nameof(RepositoryCuration.MilestoneId), badMilestone.Errors.Keys);

        await world.SendAsync(new CurateRepository(token, 1, new RepositoryCuration(true, world.CapstoneId, null, "Capstone", "https://demo.example.org")));
        await world.SendAsync(new CurateRepository(token, 2, new RepositoryCuration(true, null, "Deuxième", null, null)));
        var tooMany = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            world.SendAsync(new CurateRepository(token, 3, new RepositoryCuration(true, null, null, null, null))));
        Assert.Contains(nameof(RepositoryCuration.Shown), tooMany.Errors.Keys);

        var checklist = (await world.PortfolioAsync(0)).Checklist;
        Assert.Equal(2, checklist.ShownProjects);
        Assert.True(checklist.DeployedDemo);
        Assert.True(checklist.CapstoneLinked);
        Assert.True(checklist.ReadmesEverywhere);
        Assert.False(checklist.Complete);

        // Another participant's link cannot touch this portfolio's repositories.
        await Assert.ThrowsAsync<NotFoundException>(() =>
            world.SendAsync(new CurateRepository(world.TokenOf(1), 1, new RepositoryCuration(false, null, null, null, null))));
    }

    [Fact]
    public async Task Staff_enter_an_unverified_username_and_only_the_sessions_instructors_see_its_overview()
    {
        var world = await PortfolioWorld.CreateAsync(database.ConnectionString, _gitHub);
        await using var app = world.App;
        var other = await TaughtSessions.CreateAsync(app, 1, $"other.{Guid.NewGuid():N}@tests.bootcamp.local");
        var participant = world.Session.Participants[1];
        await world.SendAsync(new SetGitHubUsername(participant.Id, "@typed-by-staff", Guid.NewGuid()));
        Assert.False((await world.PortfolioAsync(1)).GitHubVerified);
        Assert.Equal("typed-by-staff", (await world.PortfolioAsync(1)).GitHubLogin);
        await Assert.ThrowsAsync<ValidationFailedException>(() => world.SendAsync(new SetGitHubUsername(participant.Id, "-bad--name", Guid.NewGuid())));

        var instructor = await TaughtSessions.SignInAsync(app, world.Session.InstructorEmail);
        var overview = await instructor.GetAsync(new Uri($"/Teach/Portfolios/{world.Session.SessionId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("typed-by-staff", await overview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await instructor.GetAsync(new Uri($"/Teach/Portfolios/{other.SessionId}", UriKind.Relative))).StatusCode);
        var statuses = await world.SendAsync(new GetSessionPortfolios(world.Session.SessionId));
        Assert.Equal(2, statuses.Count);
        Assert.All(statuses, s => Assert.Equal(PortfolioVisibility.Private, s.Visibility));
    }

    // The language switch on every page carries a fresh antiforgery token: the only part two 404 pages may differ in.
    private static string WithoutAntiforgery(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"", "");
}
