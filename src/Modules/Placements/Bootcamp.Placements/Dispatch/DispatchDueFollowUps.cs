using Bootcamp.Shared.Contracts;

namespace Bootcamp.Placements.Dispatch;

/// <summary>One pass of the follow-up dispatch, in one transaction: closes waves past their end (non-reporting), sends
/// up to a batch of due invitations and a batch of due reminders. The job repeats it until a pass finds nothing.</summary>
internal sealed record DispatchDueFollowUps : ICommand<FollowUpDispatchResult>;

internal sealed record FollowUpDispatchResult(int Invitations, int Reminders, int NonReporting, int Cancelled)
{
    public int Total => Invitations + Reminders + NonReporting + Cancelled;
}
