using Bootcamp.Applications.Contracts;
using Bootcamp.Placements.Contracts;
using static Bootcamp.Testing.PlacementsTestData;

namespace Bootcamp.IntegrationTests.Placements;

/// <summary>What Reporting receives: counts over the people who agreed to aggregate reporting, with in-field and wave
/// response figures, so it never needs the dashboard (which names people to chase).</summary>
public sealed class PlacementOutcomesTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Outcomes_count_in_field_and_waves_and_leave_out_whoever_withdrew_aggregate_reporting_consent()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var world = await FollowUpWorld.CreateAsync(app, 3);
        var (first, second) = (world.Completers[0], world.Completers[1]);
        await SendAsync(app, new RecordPlacement(first.Id, new PlacementDetails(
            OutcomeCode.FullTimeEmployee, "Coveo", null, new DateOnly(2027, 3, 1), true, EmploymentType.FullTime, null), Guid.NewGuid()));
        await SendAsync(app, new RecordPlacement(second.Id, new PlacementDetails(
            OutcomeCode.OutOfField, "Dépanneur", null, new DateOnly(2027, 4, 1), false, EmploymentType.PartTime, null), Guid.NewGuid()));

        var outcomes = await SendAsync(app, new GetPlacementFigures([world.Session.SessionId]));
        Assert.Equal((3, 0, 1, 1, 1, 1), (outcomes.Completers, outcomes.NotAuthorisedToWork, outcomes.InField,
            outcomes.CountOf(OutcomeCode.FullTimeEmployee), outcomes.CountOf(OutcomeCode.OutOfField), outcomes.CountOf(OutcomeCode.NonReporting)));
        Assert.Equal([1, 2, 3], outcomes.Waves.Select(w => w.Wave));
        Assert.All(outcomes.Waves, w => Assert.Equal((0, 0), (w.Sent, w.Answered)));

        // The first withdraws their consent to aggregate reporting from their private link: they leave the counts.
        await SendAsync(app, new SetConsent(world.Session.TokenOf(first), ConsentPurpose.AggregateReporting, false));
        outcomes = await SendAsync(app, new GetPlacementFigures([world.Session.SessionId]));
        Assert.Equal((2, 0, 0, 1), (outcomes.Completers, outcomes.InField, outcomes.CountOf(OutcomeCode.FullTimeEmployee), outcomes.CountOf(OutcomeCode.OutOfField)));

        // The director's own dashboard still follows everyone.
        Assert.Equal(3, (await SendAsync(app, new GetPlacementDashboard(null, world.Session.SessionId))).Figures.Completers);
    }
}
