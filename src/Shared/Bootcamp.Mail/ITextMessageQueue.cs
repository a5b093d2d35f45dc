namespace Bootcamp.Mail;

/// <summary>One text message to one person, already written in their language and within the length allowed
/// (<see cref="Texting.TextMessageRules.Fit"/>).</summary>
public sealed record OutgoingTextMessage(string ToPhone, string Text, string Culture, string Category, string? DeduplicationKey = null);

/// <summary>Queues text messages (SMS) in the mail queue, as <see cref="MessageChannel.Sms"/>.</summary>
public interface ITextMessageQueue
{
    /// <summary>False when the organisation has not turned SMS on: callers then rely on the e-mail alone.</summary>
    bool Enabled { get; }

    /// <summary>Stores the text as pending, like a mail (idempotent on its deduplication key); does nothing when SMS is
    /// off. A number that is not one is stored as failed with the reason, never sent.</summary>
    Task EnqueueAsync(OutgoingTextMessage message, CancellationToken cancellationToken = default);
}
