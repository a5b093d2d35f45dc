using Bootcamp.Attendance.Contracts;

namespace Bootcamp.IntegrationTests.Attendance;

/// <summary>Two instructors pressing Save at the same moment, in two scopes (two requests, two transactions).</summary>
public sealed class ConcurrentAttendanceTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Simultaneous_saves_of_different_people_both_land()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 6, today: new DateOnly(2027, 2, 17));
        var meetings = (await world.MeetingsAsync(12)).ToList();

        // Every evening of the session, first marks for everyone, split between the two instructors.
        foreach (var meeting in meetings)
        {
            var results = await Task.WhenAll(
                world.SendAsync(new RecordAttendance(meeting.Id, Entries(world, [0, 1, 2], AttendanceMark.Present), world.InstructorA)),
                world.SendAsync(new RecordAttendance(meeting.Id, Entries(world, [3, 4, 5], AttendanceMark.Late), world.InstructorB)));
            Assert.All(results, r => Assert.True(r.Saved));
        }

        Assert.Equal(6 * 12, await Sql.CountAsync(world.App.ConnectionString, $"SELECT count(*) FROM attendance.attendance_marks WHERE session_id = '{world.SessionId}'"));
    }

    [Fact]
    public async Task Simultaneous_conflicting_saves_one_wins_the_other_gets_a_conflict_never_an_error()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 3, today: new DateOnly(2027, 2, 17));
        var meetings = (await world.MeetingsAsync(12)).ToList();

        foreach (var meeting in meetings)
        {
            // Both read the unmarked sheet (version 0) and disagree about participant 0.
            var results = await Task.WhenAll(
                world.SendAsync(new RecordAttendance(meeting.Id, Entries(world, [0, 1], AttendanceMark.Present), world.InstructorA)),
                world.SendAsync(new RecordAttendance(meeting.Id, Entries(world, [0, 2], AttendanceMark.Absent), world.InstructorB)));

            var winner = Assert.Single(results, r => r.Saved);
            var loser = Assert.Single(results, r => !r.Saved);
            var conflict = Assert.Single(loser.Conflicts);
            Assert.Equal(world.P(0).Id, conflict.ParticipantId);
            Assert.Equal(winner.Sheet.Rows.Single(r => r.ParticipantId == world.P(0).Id).Mark, conflict.CurrentMark);
            Assert.NotNull(conflict.ChangedByName);

            // The winner's whole sheet is stored; none of the loser's.
            var sheet = await world.SendAsync(new GetAttendanceSheet(meeting.Id));
            var marked = sheet.Rows.Where(r => r.Mark is not null).Select(r => r.ParticipantId).ToHashSet();
            Assert.Equal(2, marked.Count);
            Assert.All(sheet.Rows.Where(r => r.Mark is not null), r => Assert.Equal(1u, r.Version));
        }
    }

    [Fact]
    public async Task Simultaneous_identical_saves_are_one_save()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 4, today: new DateOnly(2027, 2, 17));
        foreach (var meeting in await world.MeetingsAsync(12))
        {
            var submit = new RecordAttendance(meeting.Id, Entries(world, [0, 1, 2, 3], AttendanceMark.Present), world.InstructorA);
            var results = await Task.WhenAll(world.SendAsync(submit), world.SendAsync(submit), world.SendAsync(submit));
            Assert.All(results, r => Assert.True(r.Saved));
            Assert.Equal(4, results.Sum(r => r.Changed));
        }

        Assert.Equal(0, await Sql.CountAsync(world.App.ConnectionString, $"SELECT count(*) FROM attendance.attendance_corrections WHERE session_id = '{world.SessionId}'"));
    }

    private static List<AttendanceEntry> Entries(AttendanceWorld world, int[] who, AttendanceMark mark) =>
        [.. who.Select(i => new AttendanceEntry(world.P(i).Id, mark, null, 0))];
}
