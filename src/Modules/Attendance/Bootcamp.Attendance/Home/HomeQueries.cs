using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.Home;

internal sealed class GetMeetingsOnHandler(AttendanceDbContext db) : IRequestHandler<GetMeetingsOn, IReadOnlyList<ClassMeetingDto>>
{
    public async Task<IReadOnlyList<ClassMeetingDto>> Handle(GetMeetingsOn request, CancellationToken cancellationToken)
    {
        var ids = (request.SessionIds ?? []).Distinct().ToList();
        var meetings = await db.ClassMeetings.AsNoTracking()
            .Where(m => ids.Contains(m.SessionId) && m.Date == request.Day)
            .OrderBy(m => m.StartsAt)
            .ToListAsync(cancellationToken);
        return [.. meetings.Select(m => m.ToDto())];
    }
}

internal sealed class GetMilestonesDueHandler(AttendanceDbContext db) : IRequestHandler<GetMilestonesDue, IReadOnlyList<MilestoneDueDto>>
{
    public async Task<IReadOnlyList<MilestoneDueDto>> Handle(GetMilestonesDue request, CancellationToken cancellationToken)
    {
        var sessions = request.Sessions ?? [];
        var trackIds = sessions.Select(s => s.TrackId).Distinct().ToList();
        var sessionIds = sessions.Select(s => s.SessionId).Distinct().ToList();
        var milestones = (await db.Milestones.AsNoTracking()
                .Where(m => trackIds.Contains(m.TrackId) && !m.IsArchived)
                .ToListAsync(cancellationToken))
            .GroupBy(m => m.TrackId)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.Position).ToList());
        var done = await db.MilestoneProgress.AsNoTracking()
            .Where(p => sessionIds.Contains(p.SessionId) && p.Status == ProgressStatus.Done)
            .GroupBy(p => new { p.SessionId, p.MilestoneId })
            .Select(g => new { g.Key.SessionId, g.Key.MilestoneId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var doneCount = done.ToDictionary(d => (d.SessionId, d.MilestoneId), d => d.Count);

        var until = request.Today.AddDays(request.WithinDays);
        var result = new List<MilestoneDueDto>();
        foreach (var session in sessions)
        {
            if (!milestones.TryGetValue(session.TrackId, out var steps))
            {
                continue;
            }

            for (var k = 0; k < steps.Count; k++)
            {
                var dueOn = MilestoneCalendar.DueOn(k + 1, steps.Count, session.StartDate, session.EndDate);
                if (dueOn >= request.Today && dueOn <= until)
                {
                    result.Add(new MilestoneDueDto(
                        session.SessionId, steps[k].ToDto(), dueOn, doneCount.GetValueOrDefault((session.SessionId, steps[k].Id))));
                }
            }
        }

        return [.. result.OrderBy(r => r.DueOn).ThenBy(r => r.Milestone.Order)];
    }
}

/// <summary>When a milestone falls due: milestones have no date, so a track's steps are spread evenly over the session
/// (decisions/0016).</summary>
internal static class MilestoneCalendar
{
    /// <param name="position">1 for the first of the track's <paramref name="count"/> current milestones.</param>
    public static DateOnly DueOn(int position, int count, DateOnly start, DateOnly end)
    {
        var length = end.DayNumber - start.DayNumber;
        return start.AddDays((int)Math.Round(length * (double)position / count, MidpointRounding.AwayFromZero));
    }
}
