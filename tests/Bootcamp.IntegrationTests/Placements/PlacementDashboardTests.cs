using Bootcamp.Placements.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using static Bootcamp.Testing.PlacementsTestData;

namespace Bootcamp.IntegrationTests.Placements;

/// <summary>The seed programme's figures, rebuilt: of 71 placed people 39 found a job within one month, 27 in
/// one to two months and 5 in two to three.</summary>
public sealed class PlacementDashboardTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly End = ReportSample.End;

    [Fact]
    public async Task The_seed_sample_shows_55_38_and_7_percent_of_the_placed_and_work_authorisation_is_counted_apart()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero));
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler) { Clock = clock };
        // A session Sessions knows: the dashboard's year is the programme year, the year the session starts.
        var sample = await ReportSample.CreateAsync(app);
        var (sessionId, completers) = (sample.SessionId, sample.Completers);
        await SendAsync(app, new SetWorkAuthorisation(completers[0].ParticipantId, true));
        var director = Guid.NewGuid();

        var dashboard = (await SendAsync(app, new GetPlacementDashboard(null, sessionId))).Figures;
        Assert.Equal((91, 2, 89, 71), (dashboard.Completers, dashboard.NotAuthorisedToWork, dashboard.Denominator, dashboard.Placed));
        Assert.Equal(80m, Math.Round(dashboard.PlacedRate!.Value * 100));
        Assert.Equal(
            [(TimeToJobBucket.WithinOneMonth, 39, 55m), (TimeToJobBucket.OneToTwoMonths, 27, 38m), (TimeToJobBucket.TwoToThreeMonths, 5, 7m), (TimeToJobBucket.OverThreeMonths, 0, 0m)],
            dashboard.Buckets.Select(b => (b.Bucket, b.Count, Math.Round(b.ShareOfPlaced!.Value * 100, MidpointRounding.AwayFromZero))));
        Assert.Equal(53, dashboard.InField);
        Assert.Equal(dashboard, (await SendAsync(app, new GetPlacementDashboard(2026, sessionId))).Figures with { Buckets = dashboard.Buckets, Outcomes = dashboard.Outcomes, Waves = dashboard.Waves });
        Assert.Equal(0, (await SendAsync(app, new GetPlacementDashboard(2025, sessionId))).Figures.Completers);

        // A newer job replaces the current placement; the first stays in the history.
        await SendAsync(app, new RecordPlacement(completers[1].ParticipantId, new PlacementDetails(
            OutcomeCode.FullTimeEmployee, "Nouvel employeur", "Développeur", End.AddMonths(5), true, EmploymentType.FullTime, SalaryBand.From60000To74999), director));
        var history = await SendAsync(app, new GetPlacements(new PlacementFilter(null, sessionId, null, null, CurrentOnly: false), 1, 200));
        Assert.Equal(72, history.Total);
        var current = await SendAsync(app, new GetPlacements(new PlacementFilter(null, sessionId, null, null, CurrentOnly: true), 1, 25));
        Assert.Equal((71, 25, 3), (current.Total, current.Items.Count, current.PageCount));
        Assert.Equal(("Nouvel employeur", TimeToJobBucket.OverThreeMonths, true), (current.Items[0].Details.Employer, current.Items[0].Bucket, current.Items[0].IsCurrent));
        // Time to job is the time to the first job: changing jobs later does not undo having found one within a month.
        dashboard = (await SendAsync(app, new GetPlacementDashboard(null, sessionId))).Figures;
        Assert.Equal((39, 0), (dashboard.Buckets[0].Count, dashboard.Buckets[3].Count));
        Assert.Equal(71, dashboard.PlacedWithinThreeMonths);

        var outcomes = await SendAsync(app, new GetPlacementFigures([sessionId]));
        Assert.Equal((91, 2, 8, 63, 18), (outcomes.Completers, outcomes.NotAuthorisedToWork, outcomes.CountOf(OutcomeCode.StartedBusiness),
            outcomes.CountOf(OutcomeCode.FullTimeEmployee), outcomes.CountOf(OutcomeCode.NonReporting)));

        // Only completers get placements, and only as jobs.
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(app, new RecordPlacement(Guid.NewGuid(), new PlacementDetails(
            OutcomeCode.FullTimeEmployee, null, null, End, true, EmploymentType.FullTime, null), director)));
        await Assert.ThrowsAsync<ValidationFailedException>(() => SendAsync(app, new RecordPlacement(completers[80].ParticipantId, new PlacementDetails(
            OutcomeCode.StillSeeking, null, null, End, true, EmploymentType.FullTime, null), director)));
    }
}
