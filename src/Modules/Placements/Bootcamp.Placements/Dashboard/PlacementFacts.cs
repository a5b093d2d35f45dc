using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.FollowUps;
using Bootcamp.Placements.Persistence;
using Bootcamp.Placements.Recording;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Placements.Dashboard;

/// <summary>One followed-up person with their waves and placements, newest placement (by start date) first.</summary>
internal sealed record PersonFacts(FollowUpPerson Person, IReadOnlyList<FollowUpWave> Waves, IReadOnlyList<Placement> Placements)
{
    public Placement? Current => Placements.Count > 0 ? Placements[0] : null;

    public bool IsPlaced => Current is { } p && p.Outcome.IsPlaced();

    public bool NotAuthorised => Person.AuthorisedToWork == false;

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
    public static Task<List<PersonFacts>> ForAsync(PlacementsDbContext db, int? year, Guid? sessionId, CancellationToken cancellationToken) =>
        LoadAsync(db, db.FollowUpPeople.AsNoTracking()
            .Where(p => p.RemovedAt == null)
            .Where(p => sessionId == null || p.SessionId == sessionId)
            .Where(p => year == null || (p.SessionEndDate >= new DateOnly(year.Value, 1, 1) && p.SessionEndDate <= new DateOnly(year.Value, 12, 31))),
            cancellationToken);

    public static Task<List<PersonFacts>> ForSessionsAsync(PlacementsDbContext db, IReadOnlyList<Guid> sessionIds, CancellationToken cancellationToken) =>
        LoadAsync(db, db.FollowUpPeople.AsNoTracking().Where(p => p.RemovedAt == null && sessionIds.Contains(p.SessionId)), cancellationToken);

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
