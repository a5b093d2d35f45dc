using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Persistence;
using Bootcamp.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Placements.FollowUps.Retention;

internal sealed class GetLastFollowUpsHandler(PlacementsDbContext db) : IRequestHandler<GetLastFollowUps, IReadOnlyDictionary<Guid, DateOnly>>
{
    public async Task<IReadOnlyDictionary<Guid, DateOnly>> Handle(GetLastFollowUps request, CancellationToken cancellationToken)
    {
        var ids = request.ParticipantIds.Distinct().Take(1000).ToList();
        var moments = await (
            from p in db.FollowUpPeople.AsNoTracking()
            join w in db.FollowUpWaves.AsNoTracking() on p.Id equals w.PersonId
            where ids.Contains(p.ParticipantId) && (w.SentAt != null || w.ReminderSentAt != null || w.AnsweredAt != null)
            select new { p.ParticipantId, w.SentAt, w.ReminderSentAt, w.AnsweredAt })
            .ToListAsync(cancellationToken);
        return moments
            .GroupBy(m => m.ParticipantId)
            .ToDictionary(
                g => g.Key,
                g => g.SelectMany(m => new[] { m.SentAt, m.ReminderSentAt, m.AnsweredAt }).Where(t => t is not null)
                    .Select(t => DateOnly.FromDateTime(ProgrammeTime.Local(t!.Value).DateTime)).Max());
    }
}
