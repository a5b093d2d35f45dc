using Bootcamp.Applications.Contracts;
using Bootcamp.Applications.Screening;

namespace Bootcamp.UnitTests.Applications;

public sealed class ScreeningScoreTests
{
    private static readonly IReadOnlyList<ScreeningCriterionDto> Defaults = new ScreeningCriteriaOptions().ToDtos();

    [Theory]
    [InlineData(5, 5, 5, 5, 100)]
    [InlineData(0, 0, 0, 0, 0)]
    [InlineData(3, 3, 3, 3, 60)]
    [InlineData(4, 3, 2, 5, 75)] // (3×0.8 + 2×0.6 + 1×0.4 + 2×1) / 8 = 0.75
    [InlineData(5, 0, 0, 0, 38)] // 37.5 rounds half up
    [InlineData(1, 0, 0, 0, 8)] // 7.5 rounds half up
    [InlineData(0, 0, 5, 0, 13)] // 12.5 rounds half up
    [InlineData(0, 5, 0, 5, 50)]
    public void The_default_criteria_weigh_motivation_3_availability_2_coding_1_fit_2(int motivation, int availability, int coding, int fit, int score)
    {
        var ratings = new Dictionary<string, int>
        {
            ["motivation"] = motivation, ["availability"] = availability, ["coding"] = coding, ["track-fit"] = fit,
        };
        Assert.Equal(score, ScreeningScore.Compute(Defaults, ratings));
    }

    [Theory]
    [InlineData(1, 3, 1, 10, 2, 27)] // (1/3 + 2/10) / 2 = 0.266…
    [InlineData(1, 3, 3, 10, 10, 100)]
    [InlineData(2, 3, 2, 1, 0, 44)] // 2×(2/3) / 3 = 0.444…
    [InlineData(1, 4, 2, 1, 1, 75)] // (0.5 + 1) / 2
    public void Configured_weights_and_maxima_drive_the_score(int weightA, int maxA, int ratingA, int maxB, int ratingB, int score)
    {
        var criteria = new[] { new ScreeningCriterionDto("a", "A", "A", weightA, maxA), new ScreeningCriterionDto("b", "B", "B", 1, maxB) };
        var ratings = new Dictionary<string, int> { ["a"] = ratingA, ["b"] = ratingB };
        Assert.Equal(score, ScreeningScore.Compute(criteria, ratings));
    }
}
