using System.Globalization;
using Bootcamp.Mail;
using Bootcamp.Messages.Contracts;
using Bootcamp.Messages.Resources;
using Bootcamp.Sessions.Contracts;

namespace Bootcamp.Messages.Previewing;

/// <summary>
/// The one way a message becomes a mail, for the preview and for sending alike, so the preview shows what is sent. The
/// reader gets their language; when only the other one was written they get it as written, under a short note in
/// their own language (a translation nobody checked would be worse than the original).
/// </summary>
internal static class MessageMail
{
    public const string Category = "messages.cohort";

    public static string DeduplicationKey(Guid messageId, Guid applicationId) => $"messages:{messageId}:{applicationId}";

    /// <summary>Renders the mail for a reader of <paramref name="culture"/>; call with the message's own text.</summary>
    public static (OutgoingMail Mail, bool Fallback) Render(
        MessageText text, SessionDetails session, string culture, string to, string? firstName, string? fullName, string? deduplicationKey) =>
        MailCulture.Render(culture, () =>
        {
            var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
            var own = english ? text.HasEnglish : text.HasFrench;
            var (subject, body) = english == own
                ? (text.SubjectEn!, text.BodyEn!)
                : (text.SubjectFr!, text.BodyFr!);
            var content = new MailContent();
            if (!own)
            {
                content.Note(MessagesMail.OnlyInOtherLanguage);
            }

            content.Paragraph(string.IsNullOrWhiteSpace(firstName)
                ? MessagesMail.GreetingNoName
                : string.Format(CultureInfo.CurrentCulture, MessagesMail.Greeting, firstName.Trim()));
            foreach (var paragraph in Paragraphs(body))
            {
                content.Paragraph(paragraph);
            }

            content.Facts(SessionLabels.Facts(session))
                .Note(MessagesMail.WhyYouGetThis);
            return (content.ToMail(to, fullName, subject.Trim(), CultureInfo.CurrentUICulture.Name, Category, deduplicationKey), !own);
        });

    // A blank line starts a paragraph, as the author typed it; single line breaks stay inside it.
    private static IEnumerable<string> Paragraphs(string body) =>
        body.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => p.Length > 0);
}
