namespace Bootcamp.Placements.FollowUps;

/// <summary>Bound from <c>Placements:FollowUp</c>.</summary>
internal sealed class FollowUpOptions
{
    public const string Section = "Placements:FollowUp";

    /// <summary>Months after the session's end date; null means 1, 2 and 3. Nullable because the configuration binder
    /// appends to a default array instead of replacing it.</summary>
    public int[]? Offsets { get; set; }

    /// <summary>Adds a wave at +6 months (the 180-day window of bootcamp outcome standards).</summary>
    public bool IncludeSixMonths { get; set; }

    public TimeSpan ReminderAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long the last wave stays open (the others close when the next one is due).</summary>
    public int LastWaveOpenDays { get; set; } = 30;

    /// <summary>How often the dispatch job looks for due waves, reminders and closed waves.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Waves claimed per transaction.</summary>
    public int BatchSize { get; set; } = 50;

    public IReadOnlyList<int> EffectiveOffsets()
    {
        var offsets = (Offsets is { Length: > 0 } configured ? configured : [1, 2, 3]).ToList();
        if (IncludeSixMonths)
        {
            offsets.Add(6);
        }

        return [.. offsets.Where(o => o > 0).Distinct().Order()];
    }
}

internal sealed record PlannedWave(int Number, int OffsetMonths, DateOnly DueOn, DateOnly ClosesOn);

internal static class WavePlan
{
    /// <summary>Calendar months from the end date (31 January + 1 month is 28 or 29 February); each wave stays open until
    /// the next one is due, the last one for <paramref name="lastWaveOpenDays"/> days.</summary>
    public static IReadOnlyList<PlannedWave> For(DateOnly endDate, IReadOnlyList<int> offsets, int lastWaveOpenDays)
    {
        var dues = offsets.Select(o => (Offset: o, Due: endDate.AddMonths(o))).ToList();
        return [.. dues.Select((d, i) => new PlannedWave(
            i + 1, d.Offset, d.Due, i + 1 < dues.Count ? dues[i + 1].Due : d.Due.AddDays(lastWaveOpenDays)))];
    }
}
