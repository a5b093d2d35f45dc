namespace Bootcamp.Shared.Outbox;

internal sealed class OutboxMessage
{
    public Guid Id { get; set; }
    public required string Type { get; set; }
    public required string Payload { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>Set when retries are exhausted: the message stays, visible, until someone replays it.</summary>
    public DateTimeOffset? FailedAt { get; set; }

    public string? LastError { get; set; }
}

/// <summary>One row per (event, handler) that has run to completion, written in the handler's own transaction.</summary>
internal sealed class InboxMessage
{
    public Guid MessageId { get; set; }
    public required string Handler { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
