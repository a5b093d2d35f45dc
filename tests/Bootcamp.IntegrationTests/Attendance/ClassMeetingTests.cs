using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Resources;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.IntegrationTests.Attendance;

/// <summary>Staff cancel an evening (a holiday, a storm), put it back, or add a make-up class.</summary>
public sealed class ClassMeetingTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_cancelled_evening_keeps_its_reason_refuses_attendance_and_can_be_restored()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, today: new DateOnly(2027, 1, 20));
        var meeting = await world.MeetingOnAsync(new DateOnly(2027, 1, 18));

        await world.SendAsync(new CancelClassMeeting(meeting.Id, "  Tempête de neige  "));
        var cancelled = await world.SendAsync(new GetClassMeeting(meeting.Id));
        Assert.Equal(ClassMeetingStatus.Cancelled, cancelled.Status);
        Assert.Equal("Tempête de neige", cancelled.Note);
        Assert.Equal(ClassMeetingStatus.Cancelled, (await world.SendAsync(new GetMeetingOn(world.SessionId, new DateOnly(2027, 1, 18))))!.Status);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => world.RecordAsync(new DateOnly(2027, 1, 18), "PPPP"));
        Assert.Equal([AttendanceMessages.MeetingCancelled], refused.Errors[nameof(RecordAttendance.MeetingId)]);

        await world.SendAsync(new RestoreClassMeeting(meeting.Id));
        var restored = await world.SendAsync(new GetClassMeeting(meeting.Id));
        Assert.Equal(ClassMeetingStatus.Scheduled, restored.Status);
        Assert.Null(restored.Note);
        Assert.True((await world.RecordAsync(new DateOnly(2027, 1, 18), "PPPP")).Saved);
    }

    [Fact]
    public async Task Cancelling_needs_a_reason()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 0);
        var meeting = await world.MeetingOnAsync(new DateOnly(2027, 1, 18));
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => world.SendAsync(new CancelClassMeeting(meeting.Id, " ")));
        Assert.True(refused.Errors.ContainsKey(nameof(CancelClassMeeting.Reason)));
    }

    [Fact]
    public async Task A_make_up_class_is_added_once_within_the_session_and_survives_regeneration()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 0, today: new DateOnly(2027, 1, 5));
        var friday = new DateOnly(2027, 1, 22);

        var id = await world.SendAsync(new AddClassMeeting(world.SessionId, friday, new TimeOnly(18, 0), new TimeOnly(20, 0), "Rattrapage du 18"));

        var added = await world.SendAsync(new GetClassMeeting(id));
        Assert.False(added.FromSchedule);
        Assert.Equal("Rattrapage du 18", added.Note);
        Assert.Equal(id, (await world.SendAsync(new GetMeetingOn(world.SessionId, friday)))!.Id);
        Assert.Null(await world.SendAsync(new GetMeetingOn(world.SessionId, new DateOnly(2027, 1, 21))));

        var duplicate = await Assert.ThrowsAsync<ValidationFailedException>(
            () => world.SendAsync(new AddClassMeeting(world.SessionId, friday, new TimeOnly(18, 0), new TimeOnly(20, 0), null)));
        Assert.True(duplicate.Errors.ContainsKey(nameof(AddClassMeeting.Date)));
        var onSchedule = await Assert.ThrowsAsync<ValidationFailedException>(
            () => world.SendAsync(new AddClassMeeting(world.SessionId, new DateOnly(2027, 1, 13), new TimeOnly(18, 0), new TimeOnly(20, 0), null)));
        Assert.True(onSchedule.Errors.ContainsKey(nameof(AddClassMeeting.Date)));
        var tooLate = await Assert.ThrowsAsync<ValidationFailedException>(
            () => world.SendAsync(new AddClassMeeting(world.SessionId, AttendanceWorld.End.AddDays(40), new TimeOnly(18, 0), new TimeOnly(20, 0), null)));
        Assert.True(tooLate.Errors.ContainsKey(nameof(AddClassMeeting.Date)));
        var backwards = await Assert.ThrowsAsync<ValidationFailedException>(
            () => world.SendAsync(new AddClassMeeting(world.SessionId, new DateOnly(2027, 1, 29), new TimeOnly(20, 0), new TimeOnly(18, 0), null)));
        Assert.True(backwards.Errors.ContainsKey(nameof(AddClassMeeting.EndsAt)));
        await Assert.ThrowsAsync<NotFoundException>(
            () => world.SendAsync(new AddClassMeeting(Guid.NewGuid(), friday, new TimeOnly(18, 0), new TimeOnly(20, 0), null)));

        // Within four weeks after the end is fine (a make-up class after the last evening).
        await world.SendAsync(new AddClassMeeting(world.SessionId, AttendanceWorld.End.AddDays(2), new TimeOnly(18, 0), new TimeOnly(21, 0), null));
        Assert.Equal(14, (await world.SendAsync(new GetClassMeetings(world.SessionId))).Count);
    }

    [Fact]
    public async Task Regenerating_the_schedule_keeps_a_cancelled_evening_cancelled_and_make_up_classes()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 0, today: new DateOnly(2027, 1, 5));
        var holiday = await world.MeetingOnAsync(new DateOnly(2027, 1, 20));
        await world.SendAsync(new CancelClassMeeting(holiday.Id, "Journée pédagogique"));
        var makeUp = await world.SendAsync(new AddClassMeeting(world.SessionId, new DateOnly(2027, 1, 22), new TimeOnly(18, 0), new TimeOnly(21, 0), "Rattrapage"));

        // The session gets one more Monday, and classes start half an hour later.
        var session = await world.SendAsync(new GetSession(world.SessionId));
        await world.SendAsync(new UpdateSession(
            world.SessionId,
            session.Details with { EndDate = new DateOnly(2027, 2, 22), StartsAt = new TimeOnly(18, 30) },
            session.Version));

        var meetings = await world.MeetingsAsync(14);
        var kept = meetings.Single(m => m.Date == new DateOnly(2027, 1, 20));
        Assert.Equal(holiday.Id, kept.Id);
        Assert.Equal(ClassMeetingStatus.Cancelled, kept.Status);
        Assert.Equal("Journée pédagogique", kept.Note);
        Assert.Equal(new TimeOnly(18, 30), kept.StartsAt);
        var madeUp = meetings.Single(m => m.Id == makeUp);
        Assert.Equal(new TimeOnly(18, 0), madeUp.StartsAt);
        Assert.Contains(meetings, m => m.Date == new DateOnly(2027, 2, 22) && m.Status == ClassMeetingStatus.Scheduled);
        Assert.Single(meetings, m => m.Status == ClassMeetingStatus.Cancelled);
    }

    [Fact]
    public async Task Attendance_cannot_be_taken_before_the_evening_of_the_class()
    {
        // Wednesday 27 January, 18:30 in Montréal: tonight is fine, Monday next is not.
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 2);
        Assert.True((await world.RecordAsync(new DateOnly(2027, 1, 27), "PP")).Saved);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => world.RecordAsync(new DateOnly(2027, 2, 1), "PP"));
        Assert.Equal([AttendanceMessages.MeetingInFuture], refused.Errors[nameof(RecordAttendance.MeetingId)]);

        // 23:30 in Montréal is still the 27th there, although it is the 28th in UTC.
        world.Clock.Set(new DateTimeOffset(2027, 1, 28, 4, 30, 0, TimeSpan.Zero));
        Assert.True((await world.RecordAsync(new DateOnly(2027, 1, 27), "LP")).Saved);
        await Assert.ThrowsAsync<ValidationFailedException>(() => world.RecordAsync(new DateOnly(2027, 2, 1), "PP"));
    }
}
