namespace Bootcamp.Sessions.Contracts;

/// <summary>What the module's personal-data holder names in an export: the kinds of record and their fields. A member's
/// name is the export's stable key; its label (SessionLabels.resx) is what a person reads.</summary>
public enum SessionPersonalData
{
    Module,
    Participant,
    Completion,
    CompletionOverride,
    Certificate,
    OutboxMessage,
    Session,
    FirstName,
    LastName,
    Email,
    Phone,
    PreferredLanguage,
    Status,
    EnrolledAt,
    WithdrawnAt,
    WithdrawalReason,
    WithdrawalNote,
    Outcome,
    AttendanceRate,
    CapstoneDone,
    DecidedAt,
    OverrideReason,
    From,
    To,
    Reason,
    At,
    Code,
    IssuedAt,
    RevokedAt,
}
