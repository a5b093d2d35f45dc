namespace Bootcamp.Mail;

/// <summary>Queues outgoing mail in the database; a background sender delivers it over SMTP with retries.</summary>
public interface IMailQueue
{
    /// <summary>
    /// Stores <paramref name="mail"/> as pending and wakes the sender. Never contacts the mail server, so a mail server
    /// outage never fails the caller. Idempotent on <see cref="OutgoingMail.DeduplicationKey"/>: a mail whose key is
    /// already queued (or sent) is ignored, also when several callers race.
    /// </summary>
    Task EnqueueAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
