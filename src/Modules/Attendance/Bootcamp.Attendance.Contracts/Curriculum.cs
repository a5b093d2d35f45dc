using Bootcamp.Shared.Contracts;

namespace Bootcamp.Attendance.Contracts;

/// <summary>A step of a track's curriculum (HTML &amp; CSS, JavaScript basics, Git &amp; GitHub, React, Capstone…).</summary>
public sealed record MilestoneDto(Guid Id, Guid TrackId, int Order, string NameFr, string NameEn, bool IsCapstone, bool IsArchived);

public sealed record MilestoneDetails(string NameFr, string NameEn, bool IsCapstone);

/// <summary>The track's milestones in order; archived ones only when asked.</summary>
public sealed record GetMilestones(Guid TrackId, bool IncludeArchived = false) : IQuery<IReadOnlyList<MilestoneDto>>;

public sealed record AddMilestone(Guid TrackId, MilestoneDetails Details) : ICommand<Guid>;

public sealed record UpdateMilestone(Guid MilestoneId, MilestoneDetails Details) : ICommand<Guid>;

/// <summary>Moves a milestone one place up (-1) or down (+1) in its track.</summary>
public sealed record MoveMilestone(Guid MilestoneId, int Direction) : ICommand<Guid>;

/// <summary>Hides a milestone from new grids; progress already recorded against it is kept.</summary>
public sealed record ArchiveMilestone(Guid MilestoneId, bool Archived = true) : ICommand<Guid>;

public enum ProgressStatus
{
    NotStarted,
    InProgress,
    Done,
}

public sealed record MarkProgress(
    Guid SessionId, Guid ParticipantId, Guid MilestoneId, ProgressStatus Status, string? Comment, Guid MarkedBy) : ICommand<Guid>;

/// <summary>The session's progress grid: one row per participant, one cell per (non-archived) milestone of its track.</summary>
public sealed record GetProgressGrid(Guid SessionId) : IQuery<ProgressGridDto>;

public sealed record ProgressGridDto(Guid SessionId, IReadOnlyList<MilestoneDto> Milestones, IReadOnlyList<ProgressGridRow> Rows);

public sealed record ProgressGridRow(Guid ParticipantId, string FirstName, string LastName, bool AtRisk, IReadOnlyList<ProgressCell> Cells);

public sealed record ProgressCell(Guid MilestoneId, ProgressStatus Status, string? Comment, DateTimeOffset? UpdatedAt);

/// <summary>A session as the curriculum calendar needs it.</summary>
public sealed record SessionSpan(Guid SessionId, Guid TrackId, DateOnly StartDate, DateOnly EndDate);

/// <summary>The milestones of these sessions falling due from <paramref name="Today"/> to <paramref name="WithinDays"/>
/// days later. Milestones carry no date of their own: a track's milestones are spread evenly over a session, the k-th of
/// n due on start + k/n of its length, the last (the capstone) on its last day (decisions/0016).</summary>
public sealed record GetMilestonesDue(IReadOnlyList<SessionSpan> Sessions, DateOnly Today, int WithinDays = 7)
    : IQuery<IReadOnlyList<MilestoneDueDto>>;

/// <param name="Done">Participants marked done on it so far.</param>
public sealed record MilestoneDueDto(Guid SessionId, MilestoneDto Milestone, DateOnly DueOn, int Done);
