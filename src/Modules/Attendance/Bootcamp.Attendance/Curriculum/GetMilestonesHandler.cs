using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.Curriculum;

internal sealed class GetMilestonesHandler(AttendanceDbContext db) : IRequestHandler<GetMilestones, IReadOnlyList<MilestoneDto>>
{
    public async Task<IReadOnlyList<MilestoneDto>> Handle(GetMilestones request, CancellationToken cancellationToken)
    {
        var milestones = await db.Milestones.AsNoTracking()
            .Where(m => m.TrackId == request.TrackId && (request.IncludeArchived || !m.IsArchived))
            .OrderBy(m => m.Position).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        return [.. milestones.Select(m => m.ToDto())];
    }
}
