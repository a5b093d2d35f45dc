using Bootcamp.Applications.Contracts;

namespace Bootcamp.UnitTests.Applications;

public sealed class SeatPlanTests
{
    [Theory]
    [InlineData(25, 70, 18, 7)] // the example: 17.5 rounds half up
    [InlineData(20, 70, 14, 6)]
    [InlineData(30, 70, 21, 9)]
    [InlineData(24, 67, 16, 8)] // two thirds
    [InlineData(1, 70, 1, 0)]
    [InlineData(1, 50, 1, 0)] // 0.5 rounds up
    [InlineData(3, 50, 2, 1)] // 1.5 rounds up
    [InlineData(40, 80, 32, 8)]
    [InlineData(15, 50, 8, 7)]
    [InlineData(0, 70, 0, 0)]
    public void Newcomer_seats_are_capacity_times_share_rounded_half_up(int capacity, int share, int newcomers, int residents)
    {
        var plan = SeatPlan.For(capacity, share);
        Assert.Equal(newcomers, plan.NewcomerSeats);
        Assert.Equal(residents, plan.ResidentSeats);
    }

    public static TheoryData<int, int> EveryCapacityAndShare()
    {
        var data = new TheoryData<int, int>();
        for (var capacity = 1; capacity <= 40; capacity++)
        {
            for (var share = 50; share <= 80; share += 5)
            {
                data.Add(capacity, share);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCapacityAndShare))]
    public void Seats_add_up_and_match_decimal_rounding(int capacity, int share)
    {
        var plan = SeatPlan.For(capacity, share);
        var expected = (int)Math.Round(capacity * share / 100m, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, plan.NewcomerSeats);
        Assert.Equal(capacity, plan.NewcomerSeats + plan.ResidentSeats);
        Assert.InRange(plan.ResidentSeats, 0, capacity);
    }
}
