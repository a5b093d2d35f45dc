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
/// <param name="Attachments">Files sent with the mail (a calendar invitation); the body goes first, as
/// multipart/alternative, then each file. Their content is dropped once the mail is sent or given up on.</param>
public sealed record OutgoingMail(
    string To,
    string? ToName,
    string Subject,
    string TextBody,
    string? HtmlBody,
    string Culture,
    string Category,
    string? DeduplicationKey = null,
    IReadOnlyList<MailAttachment>? Attachments = null);

/// <summary>A file sent with a mail.</summary>
/// <param name="FileName">The name the reader's client shows and saves it under (e.g. "session.ics").</param>
/// <param name="ContentType">A MIME type, with its parameters: <c>text/calendar; method=REQUEST</c>.</param>
/// <param name="Content">The bytes.</param>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
