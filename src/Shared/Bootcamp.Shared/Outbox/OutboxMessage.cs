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

    /// <summary>
    /// An admin's retry of a message that ran out of attempts: due now, with all its attempts again. The last error stays
    /// until a dispatch succeeds, so the reason is still there if it fails again. Only a failed message: a pending one is
    /// already on its way and a processed one must not be published twice.
    /// </summary>
    public bool RetryAfterFailure(DateTimeOffset now)
    {
        if (FailedAt is null || ProcessedAt is not null)
        {
            return false;
        }

        FailedAt = null;
        Attempts = 0;
        NextAttemptAt = now;
        return true;
    }
}

/// <summary>One row per (event, handler) that has run to completion, written in the handler's own transaction.</summary>
internal sealed class InboxMessage
{
    public Guid MessageId { get; set; }
    public required string Handler { get; set; }
    public DateTimeOffset ProcessedAt { get; set; }
}
