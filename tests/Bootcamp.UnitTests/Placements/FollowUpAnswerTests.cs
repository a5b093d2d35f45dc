using Bootcamp.Placements.Contracts;

namespace Bootcamp.UnitTests.Placements;

public sealed class FollowUpAnswerTests
{
    [Theory]
    [InlineData(true, null, true, OutcomeCode.FullTimeEmployee, false)]
    [InlineData(true, OutcomeCode.StartedBusiness, true, OutcomeCode.StartedBusiness, false)]
    [InlineData(true, OutcomeCode.OutOfField, false, OutcomeCode.OutOfField, false)]
    [InlineData(false, null, true, OutcomeCode.StillSeeking, true)]
    [InlineData(false, null, false, OutcomeCode.NotSeeking, false)]
    [InlineData(false, OutcomeCode.FullTimeEmployee, true, OutcomeCode.StillSeeking, true)]
    public void The_forms_two_questions_decide_the_outcome(bool employed, OutcomeCode? picked, bool stillLooking, OutcomeCode outcome, bool stillSeeking)
    {
        var answer = FollowUpAnswer.FromForm(employed, picked, null, null, null, null, null, null, stillLooking);

        Assert.Equal((employed, outcome, stillSeeking), (answer.Employed, answer.Outcome, answer.StillSeeking));
        Assert.Equal(employed, answer.Outcome.IsPlaced());
    }

    [Fact]
    public void Every_employed_outcome_counts_as_placed_and_no_other_does()
    {
        Assert.All(OutcomeCodes.Employed, o => Assert.True(o.IsPlaced()));
        Assert.Equal(Enum.GetValues<OutcomeCode>().Where(o => o.IsPlaced()), OutcomeCodes.Employed);
    }
}
