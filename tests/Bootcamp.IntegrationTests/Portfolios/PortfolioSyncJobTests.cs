using Bootcamp.Portfolios.Contracts;
using Bootcamp.Portfolios.Sync;
using Bootcamp.Shared.DemoData;
using Bootcamp.Shared.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Portfolios;

/// <summary>The nightly job skips portfolios tried recently and stops at a network failure; the demo data fills the
/// pages without calling GitHub, now or at the job's first run.</summary>
public sealed class PortfolioSyncJobTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private GitHubStandIn _gitHub = null!;

    public async Task InitializeAsync() => _gitHub = await GitHubStandIn.StartAsync();

    public async Task DisposeAsync() => await _gitHub.DisposeAsync();

    [Fact]
    public async Task The_job_syncs_only_portfolios_not_tried_recently_and_stops_when_the_network_is_down()
    {
        var world = await PortfolioWorld.CreateAsync(database.ConnectionString, _gitHub);
        await using var app = world.App;
        _gitHub.Add(new StandInAccount(601, "fresh-one", GitHubClientTests.Repos(1)));
        _gitHub.Add(new StandInAccount(602, "never-synced", GitHubClientTests.Repos(2)));
        await world.SendAsync(new LinkGitHubAccount((await world.PortfolioAsync(0)).Id, "fresh-one", 601));
        await world.SendAsync(new LinkGitHubAccount((await world.PortfolioAsync(1)).Id, "never-synced", 602));
        await world.SendAsync(new SyncPortfolioNow(world.TokenOf(0)));
        var before = _gitHub.ApiRequests.Count();

        world.Clock.Advance(TimeSpan.FromHours(1));
        await RunJobAsync(app);

        Assert.All(_gitHub.ApiRequests.Skip(before), r => Assert.DoesNotContain("fresh-one", r.PathAndQuery, StringComparison.Ordinal));
        Assert.Equal(SyncStatus.Ok, (await world.PortfolioAsync(1)).SyncStatus);
        Assert.Equal(2, (await world.PortfolioAsync(1)).Repositories.Count);

        world.Clock.Advance(TimeSpan.FromDays(1));
        _gitHub.DropConnections = true;
        var beforeOutage = _gitHub.Requests.Count;
        await RunJobAsync(app);
        Assert.Equal(beforeOutage + 1, _gitHub.Requests.Count);
        var statuses = await world.SendAsync(new GetSessionPortfolios(world.Session.SessionId));
        Assert.Single(statuses, s => s.SyncStatus == SyncStatus.NetworkError);
        Assert.All(statuses, s => Assert.True(s.Repositories > 0));
    }

    [Fact]
    public async Task Demo_data_fills_portfolios_without_network_and_the_nightly_job_leaves_them_alone()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(nameof(PortfolioSyncJobTests) + "demo");
        try
        {
            var settings = _gitHub.Settings();
            settings["Bootcamp:DemoData:Enabled"] = "true";
            settings["Jobs:Enabled"] = "false";
            await using var app = new BootcampAppFactory(connectionString, settings: settings) { Clock = new ManualClock(new(2026, 11, 20, 16, 0, 0, TimeSpan.Zero)) };
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DemoDataRunner>().RunAsync();
            }

            Assert.True(await Sql.CountAsync(connectionString, "SELECT count(*) FROM portfolios.portfolios WHERE visibility = 'Public' AND public_slug IS NOT NULL") > 0);
            Assert.True(await Sql.CountAsync(connectionString, "SELECT count(*) FROM portfolios.portfolios WHERE git_hub_login IS NOT NULL AND NOT git_hub_verified") > 0);
            Assert.True(await Sql.CountAsync(connectionString, "SELECT count(*) FROM portfolios.portfolios WHERE sync_status = 'UserNotFound'") > 0);
            Assert.True(await Sql.CountAsync(connectionString, "SELECT count(*) FROM portfolios.synced_repositories WHERE shown") > 0);
            var repositories = await Sql.CountAsync(connectionString, "SELECT count(*) FROM portfolios.synced_repositories");

            await RunJobAsync(app);
            Assert.Empty(_gitHub.Requests);
            Assert.Equal(repositories, await Sql.CountAsync(connectionString, "SELECT count(*) FROM portfolios.synced_repositories"));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task RunJobAsync(BootcampAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredKeyedService<IBootcampJob>(SyncPortfoliosJob.Name).RunAsync(CancellationToken.None);
    }
}
