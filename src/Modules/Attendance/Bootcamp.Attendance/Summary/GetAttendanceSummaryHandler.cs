using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.Summary;

/// <summary>
/// Every participant on the roster, withdrawn ones included (completion decides who counts); only enrolled
/// participants are flagged at risk — nobody needs a warning about someone who already left.
/// </summary>
internal sealed class GetAttendanceSummaryHandler(AttendanceDbContext db, IMediator mediator, SessionAttendance attendance)
    : IRequestHandler<GetAttendanceSummary, SessionAttendanceSummary>
{
    public async Task<SessionAttendanceSummary> Handle(GetAttendanceSummary request, CancellationToken cancellationToken)
    {
        var session = await mediator.Send(new GetSession(request.SessionId), cancellationToken);
        var roster = await mediator.Send(new GetRoster(request.SessionId), cancellationToken);
        var (held, tallies) = await attendance.TallyAsync(
            request.SessionId, session.Details.StartDate, roster.Select(p => p.Id), request.AsOf, cancellationToken);
        var capstoneDone = await CapstoneDoneAsync(db, session.Track.Id, request.SessionId, cancellationToken);
        var enrolled = roster.Where(p => p.Status == ParticipantStatus.Enrolled).Select(p => p.Id).ToHashSet();

        return new SessionAttendanceSummary(
            request.SessionId,
            held,
            [
                .. tallies.Select(t => new ParticipantAttendance(
                    t.ParticipantId, t.Present, t.Late, t.Absent, t.Excused, t.Unmarked, t.Rate, capstoneDone(t.ParticipantId),
                    enrolled.Contains(t.ParticipantId) ? t.AtRisk : [])),
            ]);
    }

    /// <summary>Who has the track's (non-archived) capstone done; everyone when the track defines none.</summary>
    internal static async Task<Func<Guid, bool>> CapstoneDoneAsync(
        AttendanceDbContext db, Guid trackId, Guid sessionId, CancellationToken cancellationToken)
    {
        var capstone = await db.Milestones.AsNoTracking()
            .Where(m => m.TrackId == trackId && m.IsCapstone && !m.IsArchived)
            .Select(m => (Guid?)m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (capstone is null)
        {
            return _ => true;
        }

        var done = (await db.MilestoneProgress.AsNoTracking()
                .Where(p => p.SessionId == sessionId && p.MilestoneId == capstone && p.Status == ProgressStatus.Done)
                .Select(p => p.ParticipantId)
                .ToListAsync(cancellationToken))
            .ToHashSet();
        return done.Contains;
    }
}
