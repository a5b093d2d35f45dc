namespace Bootcamp.Reporting.Disclosure;

/// <summary>A count as a report may print it: its value when safe, nothing when suppressed.</summary>
/// <param name="Primary">Suppressed because it is itself small; otherwise a suppressed cell is hidden so that a small one
/// cannot be recovered by subtraction (secondary suppression).</param>
internal readonly record struct PublishedCount(int? Value, bool Primary)
{
    public bool Suppressed => Value is null;

    public static PublishedCount Shown(int value) => new(value, false);
}

/// <summary>One table of counts that add up to a total, after disclosure control.</summary>
/// <param name="Shares">Each part ÷ total (0–1), null when the part or the total is suppressed or the total is 0.</param>
internal sealed record PublishedTable(IReadOnlyList<PublishedCount> Parts, PublishedCount Total, IReadOnlyList<decimal?> Shares);

/// <summary>
/// Disclosure control as pure functions. A true zero is published: it names nobody, and hiding it would hide the
/// programme's own time-to-job figures (no one waited over three months). Every count from 1 to the threshold minus one is
/// suppressed (primary). Then, in a table with a published total, suppressed parts must not be recoverable: while the
/// hidden people (suppressed parts, plus those in no part) add up to less than the threshold, the smallest published
/// non-zero part is suppressed too (secondary) — so total − published parts is never a small number. A total under the threshold suppresses itself, and a table whose parts
/// are all suppressed keeps its total only when that total is itself safe.
/// </summary>
internal static class Suppression
{
    public static bool IsSmall(int count, int threshold) => count > 0 && count < threshold;

    public static PublishedCount Count(int count, int threshold) =>
        IsSmall(count, threshold) ? new PublishedCount(null, true) : PublishedCount.Shown(count);

    /// <summary>Parts that add up to <paramref name="total"/> (or to less, when some people are in no part).</summary>
    public static PublishedTable Table(IReadOnlyList<int> parts, int total, int threshold)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var suppressed = parts.Select(p => IsSmall(p, threshold)).ToArray();
        var primary = (bool[])suppressed.Clone();
        // People in no part are an implicit cell: total − Σ parts must not be small either.
        var unassigned = Math.Max(0, total - parts.Sum());
        var publishedTotal = Count(total, threshold);
        if (!publishedTotal.Suppressed)
        {
            while (true)
            {
                var hidden = unassigned + parts.Where((_, i) => suppressed[i]).Sum();
                if (hidden == 0 || hidden >= threshold)
                {
                    break;
                }

                var next = Enumerable.Range(0, parts.Count).Where(i => !suppressed[i] && parts[i] > 0).OrderBy(i => parts[i]).ThenBy(i => i)
                    .Select(i => (int?)i).FirstOrDefault();
                if (next is null)
                {
                    // Every part is hidden and they still add up to a small number: the total would give it away.
                    publishedTotal = new PublishedCount(null, false);
                    break;
                }

                suppressed[next.Value] = true;
            }
        }

        var cells = parts.Select((p, i) => suppressed[i] ? new PublishedCount(null, primary[i]) : PublishedCount.Shown(p)).ToList();
        var shares = cells.Select(c => Share(c, publishedTotal)).ToList();
        return new PublishedTable(cells, publishedTotal, shares);
    }

    /// <summary>A rate n ÷ d is a two-cell table: those who did (n) and those who did not (d − n); both must be safe.</summary>
    public static PublishedTable Rate(int numerator, int denominator, int threshold) =>
        Table([numerator, Math.Max(0, denominator - numerator)], Math.Max(denominator, numerator), threshold);

    public static decimal? Share(PublishedCount part, PublishedCount total) =>
        part.Value is { } p && total.Value is { } t && t > 0 ? (decimal)p / t : null;
}
