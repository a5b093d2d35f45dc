using Bootcamp.Shared.Contracts;

namespace Bootcamp.Attendance.Contracts;

public enum AttendanceMark
{
    Present,
    Late,
    Absent,
    Excused,
}

/// <summary>
/// One participant's mark as the instructor chose it. <see cref="ReadVersion"/> is the version of the mark the instructor
/// saw (0 when the participant was not marked yet): if someone else changed that mark since, the save is refused for
/// everyone on the sheet and the conflicts are returned, so nothing either instructor entered is silently lost.
/// <see cref="Mark"/> is required: it is nullable only so that an entry sent without one is refused rather than read as
/// the enum's first value. Someone not marked yet is left out of the entries, and stays unmarked (never absent).
/// </summary>
public sealed record AttendanceEntry(Guid ParticipantId, AttendanceMark? Mark, string? Note, uint ReadVersion);

/// <param name="RecordedBy">The signed-in user (instructor or staff) saving the sheet.</param>
public sealed record RecordAttendance(Guid MeetingId, IReadOnlyList<AttendanceEntry> Entries, Guid RecordedBy)
    : ICommand<RecordAttendanceResult>;

/// <summary>A mark someone else saved after this editor read the sheet, and which differs from what this editor chose.</summary>
public sealed record AttendanceConflict(
    Guid ParticipantId, string FirstName, string LastName, AttendanceMark? CurrentMark, string? CurrentNote, uint CurrentVersion,
    AttendanceMark YourMark, string? YourNote, string? ChangedByName, DateTimeOffset? ChangedAt);

/// <summary>Saved is false when there were conflicts: then nothing was written and <see cref="Sheet"/> is the current state.</summary>
public sealed record RecordAttendanceResult(bool Saved, int Changed, IReadOnlyList<AttendanceConflict> Conflicts, AttendanceSheetDto Sheet);

/// <summary>An evening's roster with its marks: enrolled participants, plus anyone who has a mark for that evening.</summary>
public sealed record GetAttendanceSheet(Guid MeetingId) : IQuery<AttendanceSheetDto>;

public sealed record AttendanceSheetDto(ClassMeetingDto Meeting, IReadOnlyList<AttendanceSheetRow> Rows)
{
    /// <summary>Who has no mark for this evening yet: the evening does not count for them until they have one.</summary>
    public IReadOnlyList<Guid> Unmarked => [.. Rows.Where(r => r.Mark is null).Select(r => r.ParticipantId)];
}

/// <param name="Version">0 when not marked yet; send it back as <see cref="AttendanceEntry.ReadVersion"/>.</param>
/// <param name="AtRisk">Flagged by the at-risk rules as of the meeting's date.</param>
public sealed record AttendanceSheetRow(
    Guid ParticipantId, string FirstName, string LastName, string PreferredLanguage, AttendanceMark? Mark, string? Note,
    uint Version, bool AtRisk);

/// <summary>Every change made to a mark after it was first recorded: who, when, from what, to what.</summary>
public sealed record GetAttendanceCorrections(Guid SessionId) : IQuery<IReadOnlyList<AttendanceCorrectionDto>>;

public sealed record AttendanceCorrectionDto(
    Guid MeetingId, DateOnly MeetingDate, Guid ParticipantId, string ParticipantName, AttendanceMark? From, AttendanceMark To,
    string? FromNote, string? ToNote, Guid ChangedBy, string? ChangedByName, DateTimeOffset ChangedAt);
