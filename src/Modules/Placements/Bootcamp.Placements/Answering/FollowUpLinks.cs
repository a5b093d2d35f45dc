using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.FollowUps;
using Bootcamp.Placements.Persistence;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Placements.Answering;

/// <summary>Resolves a private link. Unknown, malformed, expired, cancelled or closed all give the same
/// <see cref="NotFoundException"/>, so a caller cannot tell a guessed token from an old one.</summary>
internal static class FollowUpLinks
{
    private const int MaxTokenLength = 100;

    public static async Task<(FollowUpWave Wave, FollowUpPerson Person)> OpenAsync(
        PlacementsDbContext db, string? token, TimeProvider clock, bool track, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > MaxTokenLength)
        {
            throw new NotFoundException();
        }

        var hash = SensitiveData.HashToken(token);
        var today = ProgrammeTime.Today(clock);
        // AsNoTracking on the query's root would cover the joined entities too: the wave and person are loaded apart.
        var waveId = await db.FollowUpLinks.AsNoTracking().Where(l => l.TokenHash == hash).Select(l => (Guid?)l.WaveId).FirstOrDefaultAsync(cancellationToken);
        var waves = track ? db.FollowUpWaves : db.FollowUpWaves.AsNoTracking();
        var people = track ? db.FollowUpPeople : db.FollowUpPeople.AsNoTracking();
        var found = waveId is null ? null : await waves
            .Where(w => w.Id == waveId)
            .Join(people, w => w.PersonId, p => p.Id, (w, p) => new { Wave = w, Person = p })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null
            || found.Wave.Status is not (FollowUpWaveStatus.Sent or FollowUpWaveStatus.Answered)
            || found.Wave.ClosesOn <= today
            || found.Person.RemovedAt is not null)
        {
            throw new NotFoundException();
        }

        return (found.Wave, found.Person);
    }

    public static FollowUpFormDto ToForm(FollowUpWave wave, FollowUpPerson person) =>
        new(person.FirstName, person.PreferredLanguage, wave.Number, wave.ClosesOn.AddDays(-1), wave.Status == FollowUpWaveStatus.Answered);
}
