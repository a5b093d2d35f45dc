using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.FollowUps;
using Bootcamp.Placements.Persistence;
using Bootcamp.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Placements.Home;

internal sealed class GetFollowUpWorkloadHandler(PlacementsDbContext db, TimeProvider clock, IOptions<FollowUpOptions> options)
    : IRequestHandler<GetFollowUpWorkload, FollowUpWorkloadDto>
{
    public async Task<FollowUpWorkloadDto> Handle(GetFollowUpWorkload request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = ProgrammeTime.Today(clock);
        var weekEnd = today.AddDays(7);
        var waves = await (
                from w in db.FollowUpWaves.AsNoTracking()
                join p in db.FollowUpPeople.AsNoTracking() on w.PersonId equals p.Id
                where p.RemovedAt == null && p.ConsentWithdrawnAt == null
                    && (w.Status == FollowUpWaveStatus.Sent || (w.Status == FollowUpWaveStatus.Pending && w.DueOn <= weekEnd))
                select w)
            .ToListAsync(cancellationToken);
        return new FollowUpWorkloadDto(
            waves.Count(w => w.Status == FollowUpWaveStatus.Pending && w.DueOn >= today),
            waves.Count(w => w.Status == FollowUpWaveStatus.Pending && w.DueOn < today),
            waves.Count(w => w.AwaitsChase(now, today, options.Value.ReminderAfter)));
    }
}
