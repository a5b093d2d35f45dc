using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Attendance.Contracts;

namespace Bootcamp.Attendance.Persistence;

internal sealed class Milestone
{
    public const int MaxNameLength = 200;

    public Guid Id { get; set; }
    public Guid TrackId { get; set; }

    /// <summary>Place in the track, from 1. Not named Order: that is an SQL keyword.</summary>
    public int Position { get; set; }

    public required string NameFr { get; set; }
    public required string NameEn { get; set; }
    public bool IsCapstone { get; set; }
    public bool IsArchived { get; set; }

    public MilestoneDto ToDto() => new(Id, TrackId, Position, NameFr, NameEn, IsCapstone, IsArchived);
}

/// <summary>Where one participant stands on one milestone.</summary>
internal sealed class MilestoneProgress
{
    public const int MaxCommentLength = 1000;

    public Guid Id { get; set; }
    public Guid SessionId { get; set; }
    public Guid ParticipantId { get; set; }
    public Guid MilestoneId { get; set; }
    public ProgressStatus Status { get; set; }
    [PersonalData]
    public string? Comment { get; set; }
    public Guid UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Erasure: the status stays (completion reads the capstone's), the comment about the person goes.</summary>
    public bool ForgetComment()
    {
        if (Comment is null)
        {
            return false;
        }

        Comment = null;
        return true;
    }
}
