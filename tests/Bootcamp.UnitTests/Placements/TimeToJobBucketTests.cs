using Bootcamp.Placements.Contracts;

namespace Bootcamp.UnitTests.Placements;

public sealed class TimeToJobBucketTests
{
    private static readonly Dictionary<TimeToJobBucket, bool> WithinThreeMonths = new()
    {
        [TimeToJobBucket.WithinOneMonth] = true,
        [TimeToJobBucket.OneToTwoMonths] = true,
        [TimeToJobBucket.TwoToThreeMonths] = true,
        [TimeToJobBucket.OverThreeMonths] = false,
    };

    [Theory]
    [InlineData(TimeToJobBucket.WithinOneMonth, true)]
    [InlineData(TimeToJobBucket.OneToTwoMonths, true)]
    [InlineData(TimeToJobBucket.TwoToThreeMonths, true)]
    [InlineData(TimeToJobBucket.OverThreeMonths, false)]
    public void Only_the_buckets_up_to_three_months_count_as_placed_within_three_months(TimeToJobBucket bucket, bool within) =>
        Assert.Equal(within, bucket.IsWithinThreeMonths());

    // A bucket added to the enum must be decided here and in the rule, never counted by default.
    [Fact]
    public void Every_bucket_is_classified_explicitly()
    {
        Assert.Equal(Enum.GetValues<TimeToJobBucket>().Order(), WithinThreeMonths.Keys.Order());
        Assert.All(Enum.GetValues<TimeToJobBucket>(), b => Assert.Equal(WithinThreeMonths[b], b.IsWithinThreeMonths()));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((TimeToJobBucket)99).IsWithinThreeMonths());
    }
}
