using Bootcamp.Applications.Contracts;
using static Bootcamp.Testing.PlacementsTestData;

namespace Bootcamp.IntegrationTests.Reporting;

/// <summary>What Applications tells Reporting: counts per session and category, and which applications may not be counted
/// (aggregate-reporting consent withdrawn) — ids only, never a name.</summary>
public sealed class ApplicationCountsTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Counts_per_category_and_the_applications_without_reporting_consent()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var (_, sessionId, _, applicants) = await SessionApplicants.CreateAsync(app, capacity: 10, newcomers: 3, residents: 2, screen: false);
        var (_, otherSession, _, _) = await SessionApplicants.CreateAsync(app, capacity: 10, newcomers: 1, residents: 0, screen: false);

        var counts = await SendAsync(app, new GetApplicationCounts([sessionId, otherSession]));
        Assert.Equal(
            [(sessionId, ApplicantCategory.Newcomer, 3), (sessionId, ApplicantCategory.EstablishedResident, 2), (otherSession, ApplicantCategory.Newcomer, 1)],
            counts.Select(c => (c.SessionId, c.Category, c.Applied)).OrderBy(c => c.SessionId == sessionId ? 0 : 1).ThenBy(c => c.Category));
        Assert.Empty(await SendAsync(app, new GetAggregateReportingExclusions([sessionId])));

        await SendAsync(app, new SetConsent(applicants[1].Token, ConsentPurpose.AggregateReporting, false));
        Assert.Equal([applicants[1].Id], await SendAsync(app, new GetAggregateReportingExclusions([sessionId])));
        Assert.Empty(await SendAsync(app, new GetApplicationCounts([Guid.NewGuid()])));
    }
}
