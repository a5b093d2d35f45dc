using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.DemoData;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Outbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.DemoData;

/// <summary>
/// Plausible attendance for the evenings already held (about 85 % present, a few late,
/// absent or excused; a couple of people at risk in a running session) and curriculum progress (past sessions mostly
/// done, running ones partway). Written straight into the module's tables, as the Applications seeder does, because
/// the commands rightly refuse what the demo needs (marks on past evenings by nobody in particular).
/// Participants and class meetings are created by event handlers (SeatConfirmed, SessionScheduled) that the outbox runs
/// after start-up; on a fresh database this seeder therefore drains the outboxes first, so it sees them. Each part is
/// skipped where it already exists, so a second start adds nothing.
/// </summary>
internal sealed class AttendanceDemoData(
    AttendanceDbContext db, IMediator mediator, OutboxDrain outboxes, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 40;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await outboxes.DrainAsync(cancellationToken);

        var today = ProgrammeTime.Today(clock);
        var page = 1;
        PagedResult<SessionSummaryDto> sessions;
        do
        {
            sessions = await mediator.Send(new GetSessions(page++, Paging.MaxPageSize), cancellationToken);
            foreach (var session in sessions.Items.Where(s => s.StartDate < today).OrderBy(s => s.StartDate).ThenBy(s => s.Title, StringComparer.Ordinal))
            {
                await SeedSessionAsync(session, today, cancellationToken);
            }
        }
        while (sessions.HasNext);
    }

    private async Task SeedSessionAsync(SessionSummaryDto summary, DateOnly today, CancellationToken cancellationToken)
    {
        var hasMarks = await db.AttendanceRecords.AnyAsync(r => r.SessionId == summary.Id, cancellationToken);
        var hasProgress = await db.MilestoneProgress.AnyAsync(p => p.SessionId == summary.Id, cancellationToken);
        if (hasMarks && hasProgress)
        {
            return;
        }

        // Same session, same story on every machine.
        var random = new Random(summary.StartDate.DayNumber);
        var roster = (await mediator.Send(new GetRoster(summary.Id), cancellationToken))
            .OrderBy(p => p.LastName, StringComparer.Ordinal).ThenBy(p => p.FirstName, StringComparer.Ordinal).ThenBy(p => p.Email, StringComparer.Ordinal)
            .ToList();
        if (roster.Count == 0)
        {
            return;
        }

        var session = await mediator.Send(new GetSession(summary.Id), cancellationToken);
        var instructor = session.Details.InstructorIds.Count > 0 ? session.Details.InstructorIds[0] : Guid.Empty;
        var running = summary.EndDate >= today;
        if (!hasMarks)
        {
            await SeedAttendanceAsync(summary, roster, instructor, running, today, random, cancellationToken);
        }

        if (!hasProgress)
        {
            await SeedProgressAsync(summary, session.Track.Id, roster, instructor, running, today, random, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedAttendanceAsync(
        SessionSummaryDto session, List<ParticipantDto> roster, Guid instructor, bool running, DateOnly today, Random random,
        CancellationToken cancellationToken)
    {
        // Tonight's class has not been taken yet.
        var held = await db.ClassMeetings
            .Where(m => m.SessionId == session.Id && m.Status == ClassMeetingStatus.Scheduled && m.Date < today)
            .OrderBy(m => m.Date)
            .ToListAsync(cancellationToken);

        // Most people come nearly every evening; a few struggle. In a running session two people are at risk: one
        // missed the last two classes, one comes one evening in two.
        var presence = roster.Select(_ => random.NextDouble() < 0.85 ? 0.93 : 0.7).ToArray();
        var (missedLastTwo, halfTheTime) = running && roster.Count >= 4 ? (1, 3) : (-1, -1);
        for (var m = 0; m < held.Count; m++)
        {
            var meeting = held[m];
            var recordedAt = new DateTimeOffset(
                TimeZoneInfo.ConvertTimeToUtc(meeting.Date.ToDateTime(meeting.StartsAt.AddMinutes(20)), ProgrammeTime.Zone), TimeSpan.Zero);
            for (var p = 0; p < roster.Count; p++)
            {
                var person = roster[p];
                if (person.WithdrawnAt is { } left && DateOnly.FromDateTime(left.UtcDateTime) <= meeting.Date)
                {
                    continue;
                }

                var mark = p == missedLastTwo && m >= held.Count - 2 ? AttendanceMark.Absent
                    : p == halfTheTime ? (m % 2 == 0 ? AttendanceMark.Present : AttendanceMark.Absent)
                    : Roll(random, presence[p]);
                db.AttendanceRecords.Add(new AttendanceRecord
                {
                    Id = Guid.CreateVersion7(recordedAt),
                    MeetingId = meeting.Id,
                    SessionId = session.Id,
                    ParticipantId = person.Id,
                    Mark = mark,
                    Note = mark == AttendanceMark.Excused ? "Rendez-vous médical" : null,
                    RecordedBy = instructor,
                    RecordedAt = recordedAt,
                    Version = 1,
                });
            }
        }
    }

    private static AttendanceMark Roll(Random random, double presence)
    {
        var roll = random.NextDouble();
        if (roll < presence)
        {
            return AttendanceMark.Present;
        }

        var rest = random.NextDouble();
        return rest < 0.4 ? AttendanceMark.Late : rest < 0.75 ? AttendanceMark.Absent : AttendanceMark.Excused;
    }

    private async Task SeedProgressAsync(
        SessionSummaryDto session, Guid trackId, List<ParticipantDto> roster, Guid instructor, bool running, DateOnly today, Random random,
        CancellationToken cancellationToken)
    {
        var milestones = await db.Milestones.Where(m => m.TrackId == trackId && !m.IsArchived).OrderBy(m => m.Position).ToListAsync(cancellationToken);
        if (milestones.Count == 0)
        {
            return;
        }

        var elapsed = running
            ? (double)(today.DayNumber - session.StartDate.DayNumber) / Math.Max(1, session.EndDate.DayNumber - session.StartDate.DayNumber)
            : 1.0;
        var updatedOn = running ? today.AddDays(-1) : session.EndDate;
        var updatedAt = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(updatedOn.ToDateTime(new TimeOnly(21, 0)), ProgrammeTime.Zone), TimeSpan.Zero);
        foreach (var person in roster.Where(p => p.Status == ParticipantStatus.Enrolled))
        {
            // Past sessions: most finished everything, capstone included. Running ones: about where the calendar is.
            int done;
            if (!running)
            {
                done = random.NextDouble() < 0.85 ? milestones.Count : random.Next(1, milestones.Count);
            }
            else
            {
                var expected = (int)Math.Floor(elapsed * (milestones.Count - 1));
                done = Math.Clamp(expected + random.Next(-1, 2), 0, milestones.Count - 1);
            }

            for (var i = 0; i < Math.Min(done + 1, milestones.Count); i++)
            {
                var status = i < done ? ProgressStatus.Done : ProgressStatus.InProgress;
                db.MilestoneProgress.Add(new MilestoneProgress
                {
                    Id = Guid.CreateVersion7(updatedAt),
                    SessionId = session.Id,
                    ParticipantId = person.Id,
                    MilestoneId = milestones[i].Id,
                    Status = status,
                    Comment = status == ProgressStatus.InProgress ? "En bonne voie" : null,
                    UpdatedBy = instructor,
                    UpdatedAt = updatedAt,
                });
            }
        }
    }
}
