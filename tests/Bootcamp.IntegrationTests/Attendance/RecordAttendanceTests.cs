using Bootcamp.Attendance.Contracts;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.IntegrationTests.Attendance;

/// <summary>A double submit or two instructors saving at once loses nothing; later changes are audited.</summary>
public sealed class RecordAttendanceTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly Tonight = new(2027, 1, 27);

    [Fact]
    public async Task The_first_save_marks_everyone_at_version_one()
    {
        await using var world = await AttendanceWorld.CreateAsync(database);

        var result = await world.RecordAsync(Tonight, "PLAE");

        Assert.True(result.Saved);
        Assert.Equal(4, result.Changed);
        Assert.Empty(result.Conflicts);
        Assert.Equal(
            [AttendanceMark.Present, AttendanceMark.Late, AttendanceMark.Absent, AttendanceMark.Excused],
            world.Participants.Select(p => result.Sheet.Rows.Single(r => r.ParticipantId == p.Id).Mark));
        Assert.All(result.Sheet.Rows, r => Assert.Equal(1u, r.Version));
        Assert.Equal(4, await Sql.CountAsync(world.App.ConnectionString, $"SELECT count(*) FROM attendance.attendance_marks WHERE session_id = '{world.SessionId}'"));
    }

    [Fact]
    public async Task The_sheet_lists_the_roster_unmarked_at_version_zero()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 3);
        var sheet = await world.SendAsync(new GetAttendanceSheet((await world.MeetingOnAsync(Tonight)).Id));

        Assert.Equal(world.Participants.Select(p => p.Id), sheet.Rows.Select(r => r.ParticipantId));
        Assert.All(sheet.Rows, r => Assert.Equal((null, 0u, false), (r.Mark, r.Version, r.AtRisk)));
        Assert.Equal(["fr-CA", "en-CA", "fr-CA"], sheet.Rows.Select(r => r.PreferredLanguage));
        Assert.Equal(Tonight, sheet.Meeting.Date);
    }

    [Fact]
    public async Task An_identical_double_submit_is_a_harmless_no_op()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 2);
        var meeting = await world.MeetingOnAsync(Tonight);
        var submit = new RecordAttendance(
            meeting.Id,
            [new AttendanceEntry(world.P(0).Id, AttendanceMark.Present, "  ", 0), new AttendanceEntry(world.P(1).Id, AttendanceMark.Late, "Bus", 0)],
            world.InstructorA);

        var first = await world.SendAsync(submit);
        var second = await world.SendAsync(submit);

        Assert.True(first.Saved);
        Assert.True(second.Saved);
        Assert.Equal(2, first.Changed);
        Assert.Equal(0, second.Changed);
        Assert.Empty(second.Conflicts);
        Assert.All(second.Sheet.Rows, r => Assert.Equal(1u, r.Version));
        Assert.Empty(await world.SendAsync(new GetAttendanceCorrections(world.SessionId)));
    }

    [Fact]
    public async Task Two_editors_from_the_same_read_the_second_gets_a_conflict_and_nothing_is_lost()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 3);
        await world.RecordAsync(Tonight, "PPP");
        var meeting = await world.MeetingOnAsync(Tonight);
        var read = await world.SendAsync(new GetAttendanceSheet(meeting.Id));
        uint V(int i) => read.Rows.Single(r => r.ParticipantId == world.P(i).Id).Version;

        // Alice: participant 0 came late. Bruno, from the same sheet: participant 0 absent, participant 2 excused.
        var alice = await world.SendAsync(new RecordAttendance(
            meeting.Id, [new AttendanceEntry(world.P(0).Id, AttendanceMark.Late, "20 min", V(0))], world.InstructorA));
        world.Clock.Advance(TimeSpan.FromMinutes(2));
        var bruno = await world.SendAsync(new RecordAttendance(
            meeting.Id,
            [new AttendanceEntry(world.P(0).Id, AttendanceMark.Absent, null, V(0)), new AttendanceEntry(world.P(2).Id, AttendanceMark.Excused, null, V(2))],
            world.InstructorB));

        Assert.True(alice.Saved);
        Assert.False(bruno.Saved);
        Assert.Equal(0, bruno.Changed);
        var conflict = Assert.Single(bruno.Conflicts);
        Assert.Equal(world.P(0).Id, conflict.ParticipantId);
        Assert.Equal(world.P(0).FirstName, conflict.FirstName);
        Assert.Equal((AttendanceMark?)AttendanceMark.Late, conflict.CurrentMark);
        Assert.Equal("20 min", conflict.CurrentNote);
        Assert.Equal(2u, conflict.CurrentVersion);
        Assert.Equal(AttendanceMark.Absent, conflict.YourMark);
        Assert.Equal("Alice Instructrice", conflict.ChangedByName);
        Assert.Equal(AttendanceWorld.Evening(Tonight), conflict.ChangedAt);

        // Nothing of Bruno's sheet was written, Alice's change stands, and the returned sheet is the current one.
        var row0 = bruno.Sheet.Rows.Single(r => r.ParticipantId == world.P(0).Id);
        Assert.Equal((AttendanceMark.Late, 2u), (row0.Mark!.Value, row0.Version));
        Assert.Equal(AttendanceMark.Present, bruno.Sheet.Rows.Single(r => r.ParticipantId == world.P(2).Id).Mark);

        // Bruno saves again from the sheet he got back: now it goes through.
        var retry = await world.SendAsync(new RecordAttendance(
            meeting.Id,
            [new AttendanceEntry(world.P(0).Id, AttendanceMark.Absent, null, row0.Version), new AttendanceEntry(world.P(2).Id, AttendanceMark.Excused, null, V(2))],
            world.InstructorB));
        Assert.True(retry.Saved);
        Assert.Equal(2, retry.Changed);
    }

    [Fact]
    public async Task A_stale_editor_choosing_what_is_already_there_is_not_a_conflict()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 2);
        var meeting = await world.MeetingOnAsync(Tonight);
        await world.SendAsync(new RecordAttendance(meeting.Id, [new AttendanceEntry(world.P(0).Id, AttendanceMark.Late, null, 0)], world.InstructorA));

        var second = await world.SendAsync(new RecordAttendance(
            meeting.Id,
            [new AttendanceEntry(world.P(0).Id, AttendanceMark.Late, null, 0), new AttendanceEntry(world.P(1).Id, AttendanceMark.Present, null, 0)],
            world.InstructorB));

        Assert.True(second.Saved);
        Assert.Equal(1, second.Changed);
    }

    [Fact]
    public async Task Corrections_are_audited_with_who_when_from_and_to()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 2, today: new DateOnly(2027, 1, 25));
        await world.RecordAsync(new DateOnly(2027, 1, 20), "PA");
        world.Clock.Set(AttendanceWorld.Evening(new DateOnly(2027, 1, 27)));
        var meeting = await world.MeetingOnAsync(new DateOnly(2027, 1, 20));
        var sheet = await world.SendAsync(new GetAttendanceSheet(meeting.Id));

        await world.SendAsync(new RecordAttendance(
            meeting.Id,
            [
                new AttendanceEntry(world.P(0).Id, AttendanceMark.Present, null, sheet.Rows[0].Version),
                new AttendanceEntry(world.P(1).Id, AttendanceMark.Excused, "Billet du médecin", sheet.Rows[1].Version),
            ],
            world.InstructorB));

        var correction = Assert.Single(await world.SendAsync(new GetAttendanceCorrections(world.SessionId)));
        Assert.Equal(meeting.Id, correction.MeetingId);
        Assert.Equal(new DateOnly(2027, 1, 20), correction.MeetingDate);
        Assert.Equal(world.P(1).Id, correction.ParticipantId);
        Assert.Equal($"{world.P(1).FirstName} {world.P(1).LastName}", correction.ParticipantName);
        Assert.Equal((AttendanceMark?)AttendanceMark.Absent, correction.From);
        Assert.Equal(AttendanceMark.Excused, correction.To);
        Assert.Null(correction.FromNote);
        Assert.Equal("Billet du médecin", correction.ToNote);
        Assert.Equal(world.InstructorB, correction.ChangedBy);
        Assert.Equal("Bruno Instructeur", correction.ChangedByName);
        Assert.Equal(AttendanceWorld.Evening(new DateOnly(2027, 1, 27)), correction.ChangedAt);
    }

    [Fact]
    public async Task Only_participants_on_the_roster_can_be_marked()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 1);
        var meeting = await world.MeetingOnAsync(Tonight);

        var stranger = await Assert.ThrowsAsync<ValidationFailedException>(() => world.SendAsync(new RecordAttendance(
            meeting.Id,
            [new AttendanceEntry(world.P(0).Id, AttendanceMark.Present, null, 0), new AttendanceEntry(Guid.NewGuid(), AttendanceMark.Present, null, 0)],
            world.InstructorA)));
        Assert.True(stranger.Errors.ContainsKey("Entries[1].ParticipantId"));
        var tooLong = await Assert.ThrowsAsync<ValidationFailedException>(() => world.SendAsync(new RecordAttendance(
            meeting.Id, [new AttendanceEntry(world.P(0).Id, AttendanceMark.Present, new string('x', 501), 0)], world.InstructorA)));
        Assert.Single(tooLong.Errors);
        await Assert.ThrowsAsync<NotFoundException>(() => world.SendAsync(new RecordAttendance(
            Guid.NewGuid(), [new AttendanceEntry(world.P(0).Id, AttendanceMark.Present, null, 0)], world.InstructorA)));
        Assert.Equal(0, await Sql.CountAsync(world.App.ConnectionString, $"SELECT count(*) FROM attendance.attendance_marks WHERE session_id = '{world.SessionId}'"));
    }
}
