using System.Globalization;
using Bootcamp.Messages.Contracts;

namespace Bootcamp.Messages.Web;

/// <summary>How a message's sending shows while it runs: "queued N of M", and a page that reloads itself every few
/// seconds until it is done — the HTTP Refresh header, which every browser honours, so no script is needed.</summary>
internal static class Progress
{
    public const int RefreshSeconds = 5;

    public static void RefreshWhile(HttpResponse response, bool sending)
    {
        if (sending)
        {
            response.Headers["Refresh"] = RefreshSeconds.ToString(CultureInfo.InvariantCulture);
        }
    }

    public static string Of(MessageSummaryDto message) => message.Done
        ? string.Format(CultureInfo.CurrentCulture, MessagesText.ProgressDone, message.Queued, message.Recipients)
        : string.Format(CultureInfo.CurrentCulture, MessagesText.ProgressQueued, message.Queued + message.Skipped, message.Recipients);

    /// <summary>Text as the reader sees it: paragraphs at blank lines, line breaks kept (the stylesheet policy allows
    /// no inline style, so no pre-wrap).</summary>
    public static IEnumerable<string[]> Paragraphs(string? text) =>
        (text ?? "").ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('\n'));

    public static string People(int count) =>
        count == 1 ? MessagesText.PeopleCountOne : string.Format(CultureInfo.CurrentCulture, MessagesText.PeopleCount, count);

    public static string Groups(IEnumerable<RecipientGroup> groups) => string.Join(", ", groups.Select(g => MessagesLabels.Group(g)));
}
