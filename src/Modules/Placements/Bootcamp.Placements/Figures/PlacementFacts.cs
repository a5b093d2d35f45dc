using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.FollowUps;
using Bootcamp.Placements.Persistence;
using Bootcamp.Placements.Recording;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Placements.Figures;

/// <summary>One followed-up person with their waves and placements, newest placement (by start date) first.</summary>
internal sealed record PersonFacts(FollowUpPerson Person, IReadOnlyList<FollowUpWave> Waves, IReadOnlyList<Placement> Placements)
{
    public Placement? Current => Placements.Count > 0 ? Placements[0] : null;

    /// <summary>The placement with the earliest start date: time to job is the time to this one, so that changing jobs
    /// later does not undo having found one soon after the session.</summary>
    public Placement? FirstJob => Placements.Count > 0 ? Placements[^1] : null;

    public bool IsPlaced => Current is { } p && p.Outcome.IsPlaced();

    public bool NotAuthorised => Person.AuthorisedToWork == false;

    /// <summary>Days from the session's end to the first job; null when not placed.</summary>
    public int? DaysToJob => IsPlaced ? TimeToJob.Days(Person.SessionEndDate, FirstJob!.StartDate) : null;

    /// <summary>The first job's time-to-job bucket; null when not placed.</summary>
    public TimeToJobBucket? Bucket => IsPlaced ? TimeToJob.Bucket(Person.SessionEndDate, FirstJob!.StartDate) : null;

    /// <summary>The current placement's outcome, else the latest answer's, else non-reporting.</summary>
    public OutcomeCode Outcome =>
        Current?.Outcome
        ?? Waves.Where(w => w.AnsweredOutcome is not null).OrderByDescending(w => w.AnsweredAt).Select(w => w.AnsweredOutcome).FirstOrDefault()
        ?? OutcomeCode.NonReporting;
}

/// <summary>Loads everything the figures need for a set of people. A programme follows hundreds of people a year, so the
/// figures are computed in memory from three queries rather than in SQL.</summary>
internal static class PlacementFacts
{
    /// <param name="sessionIds">The sessions to cover; null for every session (<see cref="PlacementScope"/>).</param>
    public static Task<List<PersonFacts>> ForAsync(PlacementsDbContext db, IReadOnlyCollection<Guid>? sessionIds, CancellationToken cancellationToken)
    {
        var people = db.FollowUpPeople.AsNoTracking().Where(p => p.RemovedAt == null);
        return LoadAsync(db, sessionIds is null ? people : people.Where(p => sessionIds.Contains(p.SessionId)), cancellationToken);
    }

    private static async Task<List<PersonFacts>> LoadAsync(PlacementsDbContext db, IQueryable<FollowUpPerson> people, CancellationToken cancellationToken)
    {
        var persons = await people.OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var ids = persons.Select(p => p.Id).ToList();
        var waves = (await db.FollowUpWaves.AsNoTracking().Where(w => ids.Contains(w.PersonId)).ToListAsync(cancellationToken))
            .ToLookup(w => w.PersonId);
        var placements = (await db.Placements.AsNoTracking().Where(p => p.PersonId != null && ids.Contains(p.PersonId.Value)).ToListAsync(cancellationToken))
            .ToLookup(p => p.PersonId!.Value);
        return [.. persons.Select(p => new PersonFacts(
            p,
            [.. waves[p.Id].OrderBy(w => w.Number)],
            [.. placements[p.Id].OrderByDescending(x => x.StartDate).ThenByDescending(x => x.RecordedAt).ThenByDescending(x => x.Id)]))];
    }
}
