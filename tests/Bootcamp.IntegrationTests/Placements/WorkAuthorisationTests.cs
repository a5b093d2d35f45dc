using Bootcamp.Placements.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using static Bootcamp.Testing.PlacementsTestData;

namespace Bootcamp.IntegrationTests.Placements;

/// <summary>"Not authorised to work" and a job on record cannot both stand: the job settles it.</summary>
public sealed class WorkAuthorisationTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly End = new(2026, 6, 19);

    [Fact]
    public async Task A_recorded_job_makes_the_person_authorised_and_not_authorised_is_refused_while_the_job_stands()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler)
        {
            Clock = new ManualClock(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero)),
        };
        var sessionId = Guid.NewGuid();
        var people = Enumerable.Range(0, 2)
            .Select(i => new Completer(Guid.NewGuid(), Guid.NewGuid(), "Personne" + i, "Autorisation", $"a{i}-{sessionId:N}@example.org", "fr-CA"))
            .ToList();
        await PublishAsync(app, new SessionCompleted(sessionId, Guid.NewGuid(), End.AddDays(-60), End, 10, people));
        var (placed, unplaced) = (people[0].ParticipantId, people[1].ParticipantId);
        await SendAsync(app, new SetWorkAuthorisation(placed, false));
        await SendAsync(app, new SetWorkAuthorisation(unplaced, false));
        Assert.Equal(2, (await SendAsync(app, new GetPlacementDashboard(null, sessionId))).Figures.NotAuthorisedToWork);

        // The director records a job for someone marked not authorised: a permit came since.
        await SendAsync(app, new RecordPlacement(placed, new PlacementDetails(
            OutcomeCode.FullTimeEmployee, "Employeur", "Analyste", End.AddDays(20), InTechField: true, EmploymentType.FullTime, null), Guid.NewGuid()));
        var waves = await SendAsync(app, new GetFollowUpWaves(sessionId));
        Assert.All(waves.Where(w => w.ParticipantId == placed), w => Assert.True(w.AuthorisedToWork));
        var dashboard = (await SendAsync(app, new GetPlacementDashboard(null, sessionId))).Figures;
        Assert.Equal((1, 1, 1), (dashboard.NotAuthorisedToWork, dashboard.Denominator, dashboard.Placed));

        // Marking them not authorised again would put a job outside the population it is counted in.
        var refused = await Assert.ThrowsAsync<ConflictException>(() => SendAsync(app, new SetWorkAuthorisation(placed, false)));
        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
        Assert.All((await SendAsync(app, new GetFollowUpWaves(sessionId))).Where(w => w.ParticipantId == placed), w => Assert.True(w.AuthorisedToWork));
        // Unknown, or back to not authorised without a job, stays the director's call.
        await SendAsync(app, new SetWorkAuthorisation(unplaced, null));
        await SendAsync(app, new SetWorkAuthorisation(unplaced, false));
    }
}
