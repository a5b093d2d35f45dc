using Bootcamp.Sessions.Completion;
using Bootcamp.Sessions.Contracts;

namespace Bootcamp.UnitTests.Sessions;

public class CompletionRuleTests
{
    public static TheoryData<string, decimal?, bool, int, CompletionOutcome> Cases => new()
    {
        { "just under the threshold", 0.7999m, true, 80, CompletionOutcome.NotCompleted },
        { "exactly the threshold", 0.80m, true, 80, CompletionOutcome.Completed },
        { "just over the threshold", 0.8001m, true, 80, CompletionOutcome.Completed },
        { "every evening", 1m, true, 80, CompletionOutcome.Completed },
        { "no evening", 0m, true, 80, CompletionOutcome.NotCompleted },
        { "no meeting held", null, true, 80, CompletionOutcome.NotCompleted },
        { "no meeting held, even at a 0 % threshold", null, true, 0, CompletionOutcome.NotCompleted },
        { "capstone missing", 1m, false, 80, CompletionOutcome.NotCompleted },
        { "capstone missing at the threshold", 0.80m, false, 80, CompletionOutcome.NotCompleted },
        { "both missing", 0.5m, false, 80, CompletionOutcome.NotCompleted },
        { "a lower configured threshold", 0.70m, true, 70, CompletionOutcome.Completed },
        { "under a lower configured threshold", 0.6999m, true, 70, CompletionOutcome.NotCompleted },
        { "10 of 12 evenings (83.3 %)", 10m / 12m, true, 80, CompletionOutcome.Completed },
        { "9 of 12 evenings (75 %)", 9m / 12m, true, 80, CompletionOutcome.NotCompleted },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decides_from_attendance_rate_and_capstone(string name, decimal? rate, bool capstoneDone, int thresholdPercent, CompletionOutcome expected)
    {
        Assert.NotEmpty(name);
        Assert.Equal(expected, CompletionRule.Decide(rate, capstoneDone, thresholdPercent));
    }
}
