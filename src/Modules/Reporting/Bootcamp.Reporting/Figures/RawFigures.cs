using Bootcamp.Applications.Contracts;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Placements.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared;
using Bootcamp.Surveys.Contracts;
using MediatR;

namespace Bootcamp.Reporting.Figures;

/// <summary>The exact counts behind a report, before disclosure control. Never leaves the module.</summary>
/// <param name="YearLevel">Covers a programme year or more, over several sessions: the newcomer share may then appear.</param>
/// <param name="DecidedParticipants">Participants of sessions whose completion is decided: the completion rate's denominator.</param>
/// <param name="Placements">Placements' one computation of its figures, over the people with aggregate-reporting consent.</param>
internal sealed record RawFigures(
    IReadOnlyList<SessionSummaryDto> Sessions,
    bool YearLevel,
    int Newcomers,
    int Residents,
    int Participants,
    int DecidedParticipants,
    int Completed,
    decimal? AttendanceRate,
    int AttendanceCounted,
    SkillChangeSummaryDto Skills,
    PlacementFiguresDto Placements)
{
    public int Seats => Sessions.Sum(s => s.Capacity);

    public int Applications => Newcomers + Residents;
}

/// <summary>Gathers a report's counts from the other modules' contracts. Aggregates only cross the boundary, except for the
/// per-participant completion and attendance lines, which are reduced to counts here and go no further.</summary>
internal sealed class FiguresSource(IMediator sender, TimeProvider clock)
{
    public async Task<RawFigures> GatherAsync(IReadOnlyList<SessionSummaryDto> sessions, bool yearLevel, CancellationToken cancellationToken)
    {
        var ids = sessions.Select(s => s.Id).ToList();
        var today = ProgrammeTime.Today(clock);
        var excluded = (await sender.Send(new GetAggregateReportingExclusions(ids), cancellationToken)).ToHashSet();
        var applications = await sender.Send(new GetApplicationCounts(ids), cancellationToken);

        int participants = 0, decided = 0, completed = 0, attendanceCounted = 0;
        decimal attendanceSum = 0;
        foreach (var session in sessions)
        {
            var completion = await sender.Send(new GetSessionCompletion(session.Id), cancellationToken);
            var counted = completion.Participants.Where(p => !excluded.Contains(p.ApplicationId)).ToList();
            participants += counted.Count;
            if (completion.DecidedAt is not null)
            {
                decided += counted.Count;
                completed += counted.Count(p => p.Outcome == CompletionOutcome.Completed);
            }

            if (session.StartDate <= today)
            {
                var countedIds = counted.Select(p => p.ParticipantId).ToHashSet();
                var attendance = await sender.Send(new GetAttendanceSummary(session.Id, today < session.EndDate ? today : session.EndDate), cancellationToken);
                foreach (var rate in attendance.Participants.Where(p => countedIds.Contains(p.ParticipantId) && p.Rate is not null).Select(p => p.Rate!.Value))
                {
                    attendanceSum += rate;
                    attendanceCounted++;
                }
            }
        }

        var skills = await sender.Send(new GetSkillChangeSummary(ids), cancellationToken);
        var placements = await sender.Send(new GetPlacementFigures(ids), cancellationToken);
        return new RawFigures(
            sessions, yearLevel,
            applications.Where(a => a.Category == ApplicantCategory.Newcomer).Sum(a => a.Applied),
            applications.Where(a => a.Category == ApplicantCategory.EstablishedResident).Sum(a => a.Applied),
            participants, decided, completed,
            attendanceCounted == 0 ? null : attendanceSum / attendanceCounted, attendanceCounted,
            skills, placements);
    }
}
