using Bootcamp.Placements.Contracts;
using Bootcamp.Shared.DemoData;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Placements;

public sealed class PlacementsDemoDataTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 16, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Demo_data_gives_decided_sessions_a_follow_up_history_with_placements_non_reporting_and_people_to_chase_once()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(nameof(PlacementsDemoDataTests));
        try
        {
            await using var app = new BootcampAppFactory(connectionString, settings: new Dictionary<string, string?>
            {
                ["Bootcamp:DemoData:Enabled"] = "true",
                ["Jobs:Enabled"] = "false",
            }) { Clock = new ManualClock(Now) };
            await using var scope = app.Services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

            var dashboard = (await mediator.Send(new GetPlacementDashboard(null, null))).Figures;
            Assert.True(dashboard.Completers > 10, $"{dashboard.Completers} completers");
            Assert.True(dashboard.Placed > 0 && dashboard.Placed < dashboard.Denominator);
            Assert.True(dashboard.NotAuthorisedToWork > 0);
            Assert.True(dashboard.Buckets[0].Count > dashboard.Buckets[2].Count);
            Assert.Contains(dashboard.Waves, w => w.NonReporting > 0);
            Assert.Contains(dashboard.Waves, w => w.Answered > 0 && w.ResponseRate < 1);
            Assert.Equal(0, await Sql.CountAsync(connectionString, "SELECT count(*) FROM mail.outgoing_mails WHERE category LIKE 'placements.%'"));
            // The lead who left for a job has that job recorded, beside the completers' figures.
            Assert.True(await Sql.CountAsync(connectionString, "SELECT count(*) FROM placements.placements WHERE lead_id IS NOT NULL") > 0);
            Assert.Equal(0, await Sql.CountAsync(connectionString,
                $"SELECT count(*) FROM placements.follow_up_waves WHERE status = 'Pending' AND due_on <= '2026-11-20'"));

            var counts = await CountsAsync(connectionString);
            await scope.ServiceProvider.GetRequiredService<DemoDataRunner>().RunAsync();
            Assert.Equal(counts, await CountsAsync(connectionString));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task<(long, long, long, long)> CountsAsync(string connectionString) => (
        await Sql.CountAsync(connectionString, "SELECT count(*) FROM placements.follow_up_people"),
        await Sql.CountAsync(connectionString, "SELECT count(*) FROM placements.placements"),
        await Sql.CountAsync(connectionString, "SELECT count(*) FROM placements.follow_up_dispatches"),
        await Sql.CountAsync(connectionString, "SELECT count(*) FROM placements.follow_up_waves WHERE status = 'Answered'"));
}
