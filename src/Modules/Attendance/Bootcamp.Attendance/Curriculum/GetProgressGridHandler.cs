using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Attendance.Summary;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.Curriculum;

/// <summary>Enrolled participants only; at risk as of today (or the session's last day once it is over).</summary>
internal sealed class GetProgressGridHandler(AttendanceDbContext db, IMediator mediator, SessionAttendance attendance, TimeProvider clock)
    : IRequestHandler<GetProgressGrid, ProgressGridDto>
{
    public async Task<ProgressGridDto> Handle(GetProgressGrid request, CancellationToken cancellationToken)
    {
        var session = await mediator.Send(new GetSession(request.SessionId), cancellationToken);
        var enrolled = (await mediator.Send(new GetRoster(request.SessionId), cancellationToken))
            .Where(p => p.Status == ParticipantStatus.Enrolled)
            .OrderBy(p => p.LastName, StringComparer.CurrentCulture).ThenBy(p => p.FirstName, StringComparer.CurrentCulture)
            .ToList();
        var milestones = await db.Milestones.AsNoTracking()
            .Where(m => m.TrackId == session.Track.Id && !m.IsArchived)
            .OrderBy(m => m.Position).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        var progress = await db.MilestoneProgress.AsNoTracking()
            .Where(p => p.SessionId == request.SessionId)
            .ToDictionaryAsync(p => (p.ParticipantId, p.MilestoneId), cancellationToken);

        var today = ProgrammeTime.Today(clock);
        var asOf = today < session.Details.EndDate ? today : session.Details.EndDate;
        var (_, tallies) = await attendance.TallyAsync(request.SessionId, session.Details.StartDate, enrolled.Select(p => p.Id), asOf, cancellationToken);
        var atRisk = tallies.Where(t => t.AtRisk.Count > 0).Select(t => t.ParticipantId).ToHashSet();

        var rows = enrolled.Select(p => new ProgressGridRow(
                p.Id, p.FirstName, p.LastName, atRisk.Contains(p.Id),
                [
                    .. milestones.Select(m => progress.GetValueOrDefault((p.Id, m.Id)) is { } cell
                        ? new ProgressCell(m.Id, cell.Status, cell.Comment, cell.UpdatedAt)
                        : new ProgressCell(m.Id, ProgressStatus.NotStarted, null, null)),
                ]))
            .ToList();
        return new ProgressGridDto(request.SessionId, [.. milestones.Select(m => m.ToDto())], rows);
    }
}
