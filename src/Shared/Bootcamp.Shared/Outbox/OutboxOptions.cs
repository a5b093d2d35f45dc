namespace Bootcamp.Shared.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Off only in tests that need to stop between commit and dispatch.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 20;

    public int MaxAttempts { get; set; } = 10;

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(10);
}
