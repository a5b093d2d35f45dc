using Bootcamp.Attendance.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.IntegrationTests.Attendance;

/// <summary>Staff maintain each track's milestones; instructors mark progress; the grid shows it.</summary>
public sealed class CurriculumTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Milestones_are_added_in_order_moved_archived_and_a_track_has_one_capstone()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 0);
        var html = await world.SendAsync(new AddMilestone(world.TrackId, new MilestoneDetails("HTML et CSS", "HTML & CSS", false)));
        var js = await world.SendAsync(new AddMilestone(world.TrackId, new MilestoneDetails("Bases de JavaScript", "JavaScript basics", false)));
        var capstone = await world.SendAsync(new AddMilestone(world.TrackId, new MilestoneDetails("Projet final", "Capstone", true)));

        var second = await Assert.ThrowsAsync<ValidationFailedException>(
            () => world.SendAsync(new AddMilestone(world.TrackId, new MilestoneDetails("Autre projet", "Other project", true))));
        Assert.Contains(second.Errors.Keys, k => k.Contains("IsCapstone", StringComparison.Ordinal));
        await Assert.ThrowsAsync<ValidationFailedException>(
            () => world.SendAsync(new UpdateMilestone(js, new MilestoneDetails("Bases de JavaScript", "JavaScript basics", true))));
        var unnamed = await Assert.ThrowsAsync<ValidationFailedException>(
            () => world.SendAsync(new AddMilestone(world.TrackId, new MilestoneDetails("", "Git", false))));
        Assert.Contains(unnamed.Errors.Keys, k => k.Contains("NameFr", StringComparison.Ordinal));
        await Assert.ThrowsAsync<ValidationFailedException>(
            () => world.SendAsync(new AddMilestone(Guid.NewGuid(), new MilestoneDetails("Git", "Git", false))));

        await world.SendAsync(new MoveMilestone(js, -1));
        await world.SendAsync(new MoveMilestone(js, -1)); // already first: nothing happens
        await world.SendAsync(new UpdateMilestone(html, new MilestoneDetails("HTML & CSS", "HTML & CSS", false)));
        Assert.Equal([js, html, capstone], (await world.SendAsync(new GetMilestones(world.TrackId))).Select(m => m.Id));
        Assert.Equal([1, 2, 3], (await world.SendAsync(new GetMilestones(world.TrackId))).Select(m => m.Order));
        await Assert.ThrowsAsync<ValidationFailedException>(() => world.SendAsync(new MoveMilestone(js, 2)));

        await world.SendAsync(new ArchiveMilestone(capstone));
        Assert.Equal([js, html], (await world.SendAsync(new GetMilestones(world.TrackId))).Select(m => m.Id));
        Assert.Equal(3, (await world.SendAsync(new GetMilestones(world.TrackId, IncludeArchived: true))).Count);
        // With the capstone archived, another may take its place, and then the old one cannot come back as a second.
        var newCapstone = await world.SendAsync(new AddMilestone(world.TrackId, new MilestoneDetails("Projet final 2", "Capstone 2", true)));
        await Assert.ThrowsAsync<ValidationFailedException>(() => world.SendAsync(new ArchiveMilestone(capstone, Archived: false)));
        Assert.True((await world.SendAsync(new GetMilestones(world.TrackId))).Single(m => m.Id == newCapstone).IsCapstone);
    }

    [Fact]
    public async Task Progress_is_marked_per_participant_and_milestone_and_shown_in_the_grid()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 2);
        var html = await world.SendAsync(new AddMilestone(world.TrackId, new MilestoneDetails("HTML et CSS", "HTML & CSS", false)));
        var capstone = await world.SendAsync(new AddMilestone(world.TrackId, new MilestoneDetails("Projet final", "Capstone", true)));

        var id = await world.SendAsync(new MarkProgress(world.SessionId, world.P(0).Id, html, ProgressStatus.InProgress, "Flexbox à revoir", world.InstructorA));
        world.Clock.Advance(TimeSpan.FromDays(7));
        var again = await world.SendAsync(new MarkProgress(world.SessionId, world.P(0).Id, html, ProgressStatus.Done, " Bravo ", world.InstructorB));
        await world.SendAsync(new MarkProgress(world.SessionId, world.P(1).Id, capstone, ProgressStatus.Done, null, world.InstructorA));
        Assert.Equal(id, again);

        var grid = await world.SendAsync(new GetProgressGrid(world.SessionId));
        Assert.Equal([html, capstone], grid.Milestones.Select(m => m.Id));
        Assert.Equal(world.Participants.Select(p => p.Id), grid.Rows.Select(r => r.ParticipantId));
        var first = grid.Rows[0].Cells;
        Assert.Equal((ProgressStatus.Done, "Bravo"), (first[0].Status, first[0].Comment));
        Assert.Equal(world.Clock.GetUtcNow(), first[0].UpdatedAt);
        Assert.Equal((ProgressStatus.NotStarted, (DateTimeOffset?)null), (first[1].Status, first[1].UpdatedAt));
        Assert.Equal(ProgressStatus.Done, grid.Rows[1].Cells[1].Status);

        var summary = await world.SendAsync(new GetAttendanceSummary(world.SessionId, AttendanceWorld.End));
        Assert.False(summary.Participants.Single(p => p.ParticipantId == world.P(0).Id).CapstoneDone);
        Assert.True(summary.Participants.Single(p => p.ParticipantId == world.P(1).Id).CapstoneDone);
    }

    [Fact]
    public async Task Progress_is_refused_for_another_tracks_milestone_someone_off_the_roster_or_a_long_comment()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 1);
        var mine = await world.SendAsync(new AddMilestone(world.TrackId, new MilestoneDetails("Git", "Git", false)));
        var otherTrack = await world.SendAsync(new CreateTrack(new TrackDetails("Autre " + Guid.NewGuid().ToString("N")[..6], "Other " + Guid.NewGuid().ToString("N")[..6])));
        var theirs = await world.SendAsync(new AddMilestone(otherTrack, new MilestoneDetails("React", "React", false)));

        var wrongTrack = await Assert.ThrowsAsync<ValidationFailedException>(
            () => world.SendAsync(new MarkProgress(world.SessionId, world.P(0).Id, theirs, ProgressStatus.Done, null, world.InstructorA)));
        Assert.True(wrongTrack.Errors.ContainsKey(nameof(MarkProgress.MilestoneId)));
        var stranger = await Assert.ThrowsAsync<ValidationFailedException>(
            () => world.SendAsync(new MarkProgress(world.SessionId, Guid.NewGuid(), mine, ProgressStatus.Done, null, world.InstructorA)));
        Assert.True(stranger.Errors.ContainsKey(nameof(MarkProgress.ParticipantId)));
        var tooLong = await Assert.ThrowsAsync<ValidationFailedException>(
            () => world.SendAsync(new MarkProgress(world.SessionId, world.P(0).Id, mine, ProgressStatus.Done, new string('x', 1001), world.InstructorA)));
        Assert.True(tooLong.Errors.ContainsKey(nameof(MarkProgress.Comment)));
        await Assert.ThrowsAsync<NotFoundException>(
            () => world.SendAsync(new MarkProgress(world.SessionId, world.P(0).Id, Guid.NewGuid(), ProgressStatus.Done, null, world.InstructorA)));
    }
}
