using Bootcamp.Reporting.Disclosure;

namespace Bootcamp.UnitTests.Reporting;

public sealed class SuppressionTests
{
    private const int T = 5;

    private static string Show(PublishedTable table) =>
        string.Join(" ", table.Parts.Select(Cell)) + " | " + Cell(table.Total);

    private static string Cell(PublishedCount c) => c.Value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : c.Primary ? "<" : "x";

    [Theory]
    [InlineData(new[] { 39, 27, 5, 0 }, 71, "39 27 5 0 | 71")] // the seed programme: nothing to hide, a true zero is shown
    [InlineData(new[] { 10, 3, 8 }, 21, "10 < x | 21")] // one small cell: the next smallest goes too
    [InlineData(new[] { 10, 2, 2, 8 }, 22, "10 < < x | 22")] // two small cells adding up to 4 would still tell 4
    [InlineData(new[] { 10, 3, 4, 8 }, 25, "10 < < 8 | 25")] // 3 + 4 = 7: safe as a pair
    [InlineData(new[] { 10, 3, 2, 8 }, 23, "10 < < 8 | 23")]
    [InlineData(new[] { 3, 1 }, 4, "< < | <")] // a small total is small
    [InlineData(new[] { 6, 7 }, 15, "x 7 | 15")] // 2 people in no part: hidden with the smallest part
    [InlineData(new[] { 0, 0, 12 }, 12, "0 0 12 | 12")]
    [InlineData(new[] { 2, 12 }, 14, "< x | 14")]
    public void Tables_hide_small_counts_and_what_would_reveal_them(int[] parts, int total, string expected) =>
        Assert.Equal(expected, Show(Suppression.Table(parts, total, T)));

    [Theory]
    [InlineData(18, 20, null)] // 2 did not: the rate would tell
    [InlineData(15, 20, 0.75)]
    [InlineData(0, 20, 0.0)]
    [InlineData(3, 3, null)]
    [InlineData(20, 20, 1.0)]
    public void Rates_are_hidden_when_either_side_is_small(int numerator, int denominator, double? expected)
    {
        var rate = Suppression.Rate(numerator, denominator, T);
        Assert.Equal(expected is null ? null : (decimal)expected.Value, rate.Shares[0]);
    }

    [Fact]
    public void Shares_of_suppressed_parts_are_suppressed()
    {
        var table = Suppression.Table([20, 3, 9], 32, T);
        Assert.Equal([20m / 32, null, null], table.Shares);
    }

    /// <summary>Many random tables (fixed seeds, so a failure reproduces): nothing published is small, and what the total
    /// leaves after the published parts is never a small number either.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void No_published_cell_nor_difference_of_published_cells_is_small(int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < 4000; run++)
        {
            var threshold = random.Next(2, 11);
            var size = random.Next(1, 9);
            // Mostly small counts, where disclosure control has work to do, with a few large ones.
            var parts = Enumerable.Range(0, size).Select(_ => random.Next(4) == 0 ? random.Next(0, 60) : random.Next(0, threshold + 2)).ToArray();
            var total = parts.Sum() + (random.Next(3) == 0 ? random.Next(0, threshold + 3) : 0);
            var table = Suppression.Table(parts, total, threshold);
            var context = $"seed {seed} run {run}: [{string.Join(", ", parts)}] / {total} at {threshold} → {Show(table)}";

            var published = table.Parts.Where(p => !p.Suppressed).Select(p => p.Value!.Value).Append(table.Total.Value ?? 0).ToList();
            Assert.True(published.All(v => !Suppression.IsSmall(v, threshold)), "small published cell, " + context);
            if (table.Total.Value is { } shownTotal)
            {
                var shown = table.Parts.Where(p => !p.Suppressed).Select(p => p.Value!.Value).ToList();
                var hidden = shownTotal - shown.Sum();
                // Any subset of the published parts taken from the total leaves the hidden people plus the other published
                // parts: never a small number while someone is hidden.
                for (var mask = 0; mask < 1 << shown.Count; mask++)
                {
                    var remainder = shownTotal - shown.Where((_, i) => (mask & (1 << i)) != 0).Sum();
                    Assert.False(hidden > 0 && Suppression.IsSmall(remainder, threshold), $"total − published parts is small, {context}");
                }
            }

            for (var i = 0; i < parts.Length; i++)
            {
                Assert.True(table.Parts[i].Suppressed || table.Parts[i].Value == parts[i], "a published cell changed, " + context);
                Assert.True(!table.Parts[i].Suppressed || table.Shares[i] is null, "share of a suppressed cell, " + context);
            }
        }
    }
}
