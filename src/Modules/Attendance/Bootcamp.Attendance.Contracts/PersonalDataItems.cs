namespace Bootcamp.Attendance.Contracts;

/// <summary>What the module's personal-data holder names in an export: the kinds of record and their fields. A member's
/// name is the export's stable key; its label (AttendanceLabels.resx) is what a person reads.</summary>
public enum AttendancePersonalData
{
    Module,
    Mark,
    Correction,
    Progress,
    Meeting,
    Session,
    Value,
    Note,
    RecordedAt,
    FromMark,
    ToMark,
    FromNote,
    ToNote,
    ChangedAt,
    Milestone,
    Status,
    Comment,
    UpdatedAt,
    OutboxMessage,
}
