namespace Bootcamp.Mail;

/// <summary>
/// The mail queue as the admin's operations pages see it: counts, a searchable list and the retry of a failed mail. It
/// never reads a mail's body: until a mail is sent or given up on, its body holds the recipient's private links.
/// </summary>
public interface IMailOperations
{
    /// <summary>How many mails are pending and failed now, and how many were sent since <paramref name="sentSince"/>.
    /// Count queries only.</summary>
    Task<MailQueueCounts> CountsAsync(DateTimeOffset sentSince, CancellationToken ct);

    /// <summary>The queue, newest first, filtered by status and by a text found in the recipient's address or the
    /// category (case-insensitive). <see cref="MailQueueQuery.Page"/> starts at 1; the page size is clamped to 1–200.</summary>
    Task<MailQueuePage> ListAsync(MailQueueQuery query, CancellationToken ct);

    /// <summary>One mail of the queue, without its bodies; null when there is none.</summary>
    Task<MailQueueItem?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>Puts a failed mail back to pending with its attempts reset, and wakes the sender. Retrying a mail that is
    /// not failed (already retried, pending or sent) changes nothing. Null when there is no such mail.</summary>
    Task<MailRetryOutcome?> RetryAsync(Guid id, CancellationToken ct);

    /// <summary>Empties the bodies (and the list of attachments) of the mails sent before <paramref name="sentBefore"/> (Law 25 retention,
    /// decisions/0020): the row stays — to whom, when, about what — so the queue's history and counts do not change.
    /// Pending and failed mails keep theirs, they may still go. Returns how many bodies were purged; a second call
    /// purges none.</summary>
    Task<int> PurgeSentBodiesAsync(DateTimeOffset sentBefore, CancellationToken ct);
}

public enum MailQueueStatus
{
    Pending,
    Sent,
    Failed,
}

public enum MailRetryOutcome
{
    /// <summary>Back to pending; the sender was woken.</summary>
    Retried,

    /// <summary>Pending or sent: nothing changed.</summary>
    NotFailed,

    /// <summary>The recipient's address is not a deliverable address; a retry would only fail again.</summary>
    InvalidAddress,
}

public sealed record MailQueueCounts(int Pending, int Failed, int SentSince);

public sealed record MailQueueQuery(MailQueueStatus? Status, string? Search, int Page, int PageSize);

public sealed record MailQueuePage(IReadOnlyList<MailQueueItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>One queued mail without its bodies.</summary>
public sealed record MailQueueItem(
    Guid Id,
    string To,
    string Subject,
    string Category,
    MailQueueStatus Status,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);
