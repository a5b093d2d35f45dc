using Bootcamp.Attendance.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.DemoData;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Attendance;

/// <summary>A fresh first start with demo data fills every attendance screen; a second start adds nothing.</summary>
public sealed class AttendanceDemoDataTests
{
    // Thursday 1 October 2026: the fall 2026 session is under way, earlier ones are over.
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 16, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 10, 1);

    [Fact]
    public async Task Demo_data_has_milestones_attendance_progress_and_someone_at_risk_and_is_idempotent()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(nameof(AttendanceDemoDataTests));
        try
        {
            await using var app = new BootcampAppFactory(connectionString, settings: new Dictionary<string, string?>
            {
                ["Bootcamp:DemoData:Enabled"] = "true",
                ["Jobs:Enabled"] = "false",
            }) { Clock = new ManualClock(Now) };
            await using var scope = app.Services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

            foreach (var track in await mediator.Send(new GetTracks(IncludeInactive: true)))
            {
                // Each track its own curriculum, ending in the capstone.
                var milestones = await mediator.Send(new GetMilestones(track.Id));
                Assert.Contains("Git & GitHub", milestones.Select(m => m.NameEn));
                Assert.Equal([.. Enumerable.Repeat(false, milestones.Count - 1), true], milestones.Select(m => m.IsCapstone));
            }

            var sessions = (await mediator.Send(new GetSessions(1, Paging.MaxPageSize))).Items;
            var past = sessions.Where(s => s.EndDate < Today).ToList();
            Assert.NotEmpty(past);
            foreach (var session in past)
            {
                var summary = await mediator.Send(new GetAttendanceSummary(session.Id, session.EndDate));
                Assert.True(summary.HeldMeetings > 0, session.Title);
                Assert.NotEmpty(summary.Participants);
                var rate = summary.Participants.Average(p => p.Rate ?? 0);
                Assert.True(rate is >= 0.8m and <= 0.99m, $"{session.Title} held {summary.HeldMeetings}: " + string.Join("; ", summary.Participants.Select(p => $"{p.Present}/{p.Late}/{p.Absent}/{p.Excused}/{p.Unmarked}")));
                Assert.True(summary.Participants.Count(p => p.CapstoneDone) >= summary.Participants.Count / 2, session.Title);
            }

            var running = Assert.Single(sessions, s => s.StartDate <= Today && s.EndDate >= Today);
            Assert.True((await mediator.Send(new GetAtRiskParticipants(Today))).Count(a => a.SessionId == running.Id) >= 2);
            var grid = await mediator.Send(new GetProgressGrid(running.Id));
            Assert.Contains(grid.Rows, r => r.Cells.Any(c => c.Status == ProgressStatus.Done));
            Assert.DoesNotContain(grid.Rows, r => r.Cells[^1].Status == ProgressStatus.Done);

            var counts = await CountsAsync(connectionString);
            await scope.ServiceProvider.GetRequiredService<DemoDataRunner>().RunAsync();
            Assert.Equal(counts, await CountsAsync(connectionString));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task<(long, long, long)> CountsAsync(string connectionString) => (
        await Sql.CountAsync(connectionString, "SELECT count(*) FROM attendance.milestones"),
        await Sql.CountAsync(connectionString, "SELECT count(*) FROM attendance.attendance_marks"),
        await Sql.CountAsync(connectionString, "SELECT count(*) FROM attendance.milestone_progress"));
}
