using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Shared.Input;

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

    /// <summary>E-mail, or a text message: then <see cref="ToAddress"/> is an E.164 number and <see cref="TextBody"/> the text.</summary>
    public MessageChannel Channel { get; set; }

    [PersonalData]
    public string ToAddress { get; set; } = "";

    [PersonalData]
    public string? ToName { get; set; }

    [PersonalData]
    public string Subject { get; set; } = "";

    [PersonalData]
    public string TextBody { get; set; } = "";

    [PersonalData]
    public string? HtmlBody { get; set; }

    /// <summary>The files sent with the mail, as <see cref="StoredAttachment"/> JSON; null when there are none.</summary>
    [PersonalData]
    public string? Attachments { get; set; }

    public string Culture { get; set; } = MailCulture.French;

    public string Category { get; set; } = "";

    public string? DeduplicationKey { get; set; }

    public MailStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>
    /// An admin's retry: a failed mail goes back to the queue as if new (no attempts yet, due now), so the sender gives it
    /// its full number of attempts again. Only a failed mail: a pending one is already queued and a sent one must not go
    /// twice. An address that is not one would only fail again.
    /// </summary>
    public MailRetryOutcome RetryAfterFailure(DateTimeOffset now)
    {
        if (Status != MailStatus.Failed)
        {
            return MailRetryOutcome.NotFailed;
        }

        if (!MailAddressInput.IsValid(ToAddress))
        {
            return MailRetryOutcome.InvalidAddress;
        }

        Status = MailStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        LastError = null;
        return MailRetryOutcome.Retried;
    }
}
