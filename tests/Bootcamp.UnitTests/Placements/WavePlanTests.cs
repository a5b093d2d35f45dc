using Bootcamp.Placements.Dashboard;
using Bootcamp.Placements.FollowUps;

namespace Bootcamp.UnitTests.Placements;

public sealed class WavePlanTests
{
    [Fact]
    public void Waves_fall_due_in_calendar_months_and_each_closes_when_the_next_is_due()
    {
        var plan = WavePlan.For(new DateOnly(2027, 1, 31), new FollowUpOptions().EffectiveOffsets(), 30);
        Assert.Equal(
            [
                new PlannedWave(1, 1, new DateOnly(2027, 2, 28), new DateOnly(2027, 3, 31)),
                new PlannedWave(2, 2, new DateOnly(2027, 3, 31), new DateOnly(2027, 4, 30)),
                new PlannedWave(3, 3, new DateOnly(2027, 4, 30), new DateOnly(2027, 5, 30)),
            ],
            plan);
    }

    [Fact]
    public void Six_months_is_optional_and_offsets_are_configurable()
    {
        Assert.Equal([1, 2, 3, 6], new FollowUpOptions { IncludeSixMonths = true }.EffectiveOffsets());
        Assert.Equal([2, 4], new FollowUpOptions { Offsets = [4, 2, 2, 0] }.EffectiveOffsets());
        var plan = WavePlan.For(new DateOnly(2027, 2, 17), [1, 6], 30);
        Assert.Equal((new DateOnly(2027, 3, 17), new DateOnly(2027, 8, 17)), (plan[0].DueOn, plan[0].ClosesOn));
        Assert.Equal((new DateOnly(2027, 8, 17), new DateOnly(2027, 9, 16)), (plan[1].DueOn, plan[1].ClosesOn));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("+1 514", "'+1 514")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("Shopify", "Shopify")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Csv_cells_that_a_spreadsheet_would_run_get_an_apostrophe(string? value, string expected) =>
        Assert.Equal(expected, Bootcamp.Shared.Csv.SpreadsheetSafe.Cell(value));
}
