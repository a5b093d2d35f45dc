namespace Bootcamp.Mail;

/// <summary>Reads the mail queue, newest first, for an admin page (what was sent, what is stuck and why).</summary>
public interface IMailbox
{
    /// <summary>The most recent mails, newest first. <paramref name="page"/> starts at 1; <paramref name="pageSize"/> is
    /// clamped to 1–200.</summary>
    Task<IReadOnlyList<MailSummary>> RecentAsync(int page, int pageSize, CancellationToken ct);

    Task<MailSummary?> FindAsync(Guid id, CancellationToken ct);
}

/// <summary>One queued mail as an admin sees it. <paramref name="Status"/> is "Pending", "Sent" or "Failed".</summary>
public sealed record MailSummary(
    Guid Id,
    string To,
    string Subject,
    string TextBody,
    string Category,
    string Culture,
    string Status,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt);
