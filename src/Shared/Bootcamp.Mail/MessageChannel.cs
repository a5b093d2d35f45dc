namespace Bootcamp.Mail;

/// <summary>How a queued message reaches its person: e-mail (always there), or a text message when the organisation
/// turned SMS on and the person opted in. Both go through the one queue, with the same retries and deduplication.</summary>
public enum MessageChannel
{
    Email,
    Sms,
}
