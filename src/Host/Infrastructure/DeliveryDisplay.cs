using Bootcamp.Attendance.Contracts;
using Bootcamp.Host.Resources;
using Bootcamp.Sessions.Contracts;

namespace Bootcamp.Host.Infrastructure;

/// <summary>Labels of attendance, progress and completion values in the reader's language.</summary>
internal static class DeliveryDisplay
{
    public static readonly IReadOnlyList<AttendanceMark> Marks = [AttendanceMark.Present, AttendanceMark.Late, AttendanceMark.Absent, AttendanceMark.Excused];

    public static string Mark(AttendanceMark? mark) => mark switch
    {
        AttendanceMark.Present => DeliveryText.MarkPresent,
        AttendanceMark.Late => DeliveryText.MarkLate,
        AttendanceMark.Absent => DeliveryText.MarkAbsent,
        AttendanceMark.Excused => DeliveryText.MarkExcused,
        _ => DeliveryText.MarkNone,
    };

    public static string Progress(ProgressStatus status) => status switch
    {
        ProgressStatus.InProgress => DeliveryText.ProgressInProgress,
        ProgressStatus.Done => DeliveryText.ProgressDone,
        _ => DeliveryText.ProgressNotStarted,
    };

    /// <summary>A glyph for the grid; the label stays available to screen readers beside it.</summary>
    public static string ProgressSymbol(ProgressStatus status) => status switch
    {
        ProgressStatus.InProgress => "◐",
        ProgressStatus.Done => "●",
        _ => "○",
    };

    public static string AtRisk(AtRiskReason reason) => reason switch
    {
        AtRiskReason.ConsecutiveAbsences => DeliveryText.AtRiskConsecutiveAbsences,
        _ => DeliveryText.AtRiskLowAttendance,
    };

    public static string AtRisk(IEnumerable<AtRiskReason> reasons) => string.Join(" · ", reasons.Select(AtRisk));

    public static string Milestone(MilestoneDto milestone) => Display.English ? milestone.NameEn : milestone.NameFr;

    public static readonly IReadOnlyList<WithdrawalReason> StaffWithdrawalReasons =
    [
        WithdrawalReason.FoundJob, WithdrawalReason.Schedule, WithdrawalReason.Health, WithdrawalReason.Family,
        WithdrawalReason.Relocation, WithdrawalReason.NoLongerInterested, WithdrawalReason.NoShow, WithdrawalReason.Other,
    ];

    public static string Withdrawal(WithdrawalReason? reason) => reason switch
    {
        WithdrawalReason.FoundJob => DeliveryText.WithdrawalFoundJob,
        WithdrawalReason.Schedule => DeliveryText.WithdrawalSchedule,
        WithdrawalReason.Health => DeliveryText.WithdrawalHealth,
        WithdrawalReason.Family => DeliveryText.WithdrawalFamily,
        WithdrawalReason.Relocation => DeliveryText.WithdrawalRelocation,
        WithdrawalReason.NoLongerInterested => DeliveryText.WithdrawalNoLongerInterested,
        WithdrawalReason.NoShow => DeliveryText.WithdrawalNoShow,
        WithdrawalReason.SelfWithdrawn => DeliveryText.WithdrawalSelf,
        WithdrawalReason.Other => DeliveryText.WithdrawalOther,
        _ => "—",
    };

    public static string Participant(ParticipantStatus status) =>
        status == ParticipantStatus.Withdrawn ? DeliveryText.ParticipantWithdrawn : DeliveryText.ParticipantEnrolled;

    public static string Outcome(CompletionOutcome outcome) =>
        outcome == CompletionOutcome.Completed ? DeliveryText.OutcomeCompleted : DeliveryText.OutcomeNotCompleted;

    public static string Language(string language) =>
        Localization.For(language) == Localization.English ? DeliveryText.LanguageEnglish : DeliveryText.LanguageFrench;
}
