namespace Bootcamp.Mail;

/// <summary>
/// One e-mail to one person, already rendered in that person's language (see <see cref="MailCulture"/>).
/// </summary>
/// <param name="To">The recipient's address.</param>
/// <param name="ToName">The recipient's display name, if any.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="TextBody">The plain-text body; always sent.</param>
/// <param name="HtmlBody">The HTML alternative. When null the queue derives a simple one from the text (<see cref="MailContent.HtmlFromText"/>), so every mail goes as multipart text + HTML.</param>
/// <param name="Culture">The recipient's language: anything starting with "en" is sent as en-CA, anything else as fr-CA.</param>
/// <param name="Category">What kind of mail this is (e.g. "applications.admitted"): logged and shown to admins, never the body.</param>
/// <param name="DeduplicationKey">When set, a second enqueue with the same key is a no-op (e.g. "followup:{personId}:wave1"),
/// so a retried handler or a double click sends one mail.</param>
public sealed record OutgoingMail(
    string To,
    string? ToName,
    string Subject,
    string TextBody,
    string? HtmlBody,
    string Culture,
    string Category,
    string? DeduplicationKey = null);
