using Bootcamp.Sessions.Contracts;

namespace Bootcamp.Sessions.Web;

internal static class SessionsDisplay
{
    /// <summary>The reasons staff may record; a participant's own withdrawal is recorded by the module, never chosen.</summary>
    public static readonly IReadOnlyList<WithdrawalReason> StaffWithdrawalReasons =
    [
        WithdrawalReason.FoundJob, WithdrawalReason.Schedule, WithdrawalReason.Health, WithdrawalReason.Family,
        WithdrawalReason.Relocation, WithdrawalReason.NoLongerInterested, WithdrawalReason.NoShow, WithdrawalReason.Other,
    ];
}
