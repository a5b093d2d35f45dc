namespace Bootcamp.Reporting.Disclosure;

/// <summary>Small-count thresholds (<c>Reporting:Disclosure:*</c>). Sponsors must never be able to single out a person.</summary>
internal sealed class DisclosureOptions
{
    public const string Section = "Reporting:Disclosure";

    /// <summary>A count from 1 to this minus one is published as "&lt; MinimumCount".</summary>
    public int MinimumCount { get; set; } = 5;

    /// <summary>The newcomer / resident share appears only over a year or more and at least this many people.</summary>
    public int MinimumForImmigrationStatus { get; set; } = 20;
}
