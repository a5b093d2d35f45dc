using Bootcamp.Sessions.Contracts;

namespace Bootcamp.Sessions.Completion;

/// <summary>The programme's completion rule: enough of the evenings held for the person attended, and the capstone done.</summary>
internal static class CompletionRule
{
    /// <param name="rate">Attended ÷ the meetings held for the participant (those with their mark, 0–1), as Attendance
    /// computes it; null when they have no mark at all, in which case they cannot have met the threshold.</param>
    public static CompletionOutcome Decide(decimal? rate, bool capstoneDone, int thresholdPercent) =>
        rate is { } attended && attended * 100m >= thresholdPercent && capstoneDone
            ? CompletionOutcome.Completed
            : CompletionOutcome.NotCompleted;
}

/// <summary>Settings under <c>Sessions:Completion</c>.</summary>
internal sealed class CompletionOptions
{
    public const string Section = "Sessions:Completion";

    /// <summary>Attended share of the meetings held for the person, in percent, needed to complete (with the capstone done).</summary>
    public int AttendanceThresholdPercent { get; set; } = 80;
}
