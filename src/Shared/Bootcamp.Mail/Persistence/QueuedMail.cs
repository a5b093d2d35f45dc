namespace Bootcamp.Mail.Persistence;

internal enum MailStatus
{
    Pending,
    Sent,
    Failed,
}

/// <summary>A row of <c>mail.outgoing_mails</c>.</summary>
internal sealed class QueuedMail
{
    public Guid Id { get; set; }

    public string ToAddress { get; set; } = "";

    public string? ToName { get; set; }

    public string Subject { get; set; } = "";

    public string TextBody { get; set; } = "";

    public string? HtmlBody { get; set; }

    public string Culture { get; set; } = MailCulture.French;

    public string Category { get; set; } = "";

    public string? DeduplicationKey { get; set; }

    public MailStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}
