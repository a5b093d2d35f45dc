using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Evaluations;
using Bootcamp.Surveys.Persistence;

namespace Bootcamp.UnitTests.Surveys;

public sealed class EvaluationSummaryTests
{
    [Theory]
    // answers, threshold, below threshold, comments shown
    [InlineData(0, 5, true, 0)]
    [InlineData(1, 5, true, 0)]
    [InlineData(4, 5, true, 0)]
    [InlineData(5, 5, false, 5)]
    [InlineData(6, 5, false, 6)]
    [InlineData(2, 1, false, 2)]
    public void Comments_are_shown_only_from_the_threshold_on(int answers, int threshold, bool below, int shown)
    {
        var evaluations = Enumerable.Range(0, answers).Select(i => Evaluation(1 + (i % 5))).ToList();
        var comments = Enumerable.Range(0, answers).Select(i => $"commentaire {i}").ToList();

        var summary = EvaluationSummary.Build(Guid.NewGuid(), 10, evaluations, comments, threshold);

        Assert.Equal((10, answers, below, shown), (summary.Invited, summary.Responses, summary.BelowThreshold, summary.Comments.Count));
        Assert.Equal(answers == 0 ? 0 : EvaluationQuestions.Ratings.Count, summary.AverageRatings.Count);
    }

    [Fact]
    public void Averages_per_question_and_blank_comments_left_out()
    {
        var evaluations = new[] { Evaluation(5), Evaluation(4), Evaluation(3), Evaluation(4), Evaluation(4) };

        var summary = EvaluationSummary.Build(Guid.NewGuid(), 5, evaluations, ["Très bien", " ", "Trop rapide", "Merci", "Bravo"], 5);

        Assert.All(EvaluationQuestions.Ratings, k => Assert.Equal(4m, summary.AverageRatings[k]));
        Assert.Equal(["Bravo", "Merci", "Trop rapide", "Très bien"], summary.Comments.Order(StringComparer.Ordinal).ToArray());
    }

    private static SessionEvaluation Evaluation(int rating) =>
        new() { Id = Guid.NewGuid(), Structure = rating, Curriculum = rating, Instructors = rating, Pace = rating, Support = rating };
}
