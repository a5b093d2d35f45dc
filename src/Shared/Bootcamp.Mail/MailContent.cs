using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Bootcamp.Mail;

/// <summary>
/// A mail body written once and sent as two parts: plain text for every client, and a simple HTML part that a screen
/// reader announces well (a language, a title, real paragraphs, a table of facts with row headers, a link whose text
/// says where it goes, nothing but inline styles and no images). Modules build it inside
/// <see cref="MailCulture.Render{T}"/>, so the labels and dates are in the reader's language.
/// </summary>
public sealed class MailContent
{
    // Markup-significant characters only: accented letters stay readable in the source of the mail.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly List<Block> _blocks = [];

    public MailContent Paragraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _blocks.Add(new Block(BlockKind.Paragraph, text.Trim(), null, []));
        return this;
    }

    /// <summary>Label and value rows: the session, its dates, its evenings, its place.</summary>
    public MailContent Facts(IEnumerable<(string Label, string Value)> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var rows = facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToList();
        if (rows.Count > 0)
        {
            _blocks.Add(new Block(BlockKind.Facts, "", null, rows));
        }

        return this;
    }

    /// <summary>The action the mail is for (a private link): a button in HTML, the label then the address in text, and
    /// the address shown in HTML too, for a client that does not follow links.</summary>
    public MailContent Link(string label, string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        _blocks.Add(new Block(BlockKind.Link, label.Trim(), url, []));
        return this;
    }

    /// <summary>Small print under the body (why the reader got the mail, what to do if it was not them).</summary>
    public MailContent Note(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _blocks.Add(new Block(BlockKind.Note, text.Trim(), null, []));
        return this;
    }

    public string Text()
    {
        var separator = CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "fr" ? " : " : ": ";
        var text = new StringBuilder();
        foreach (var block in _blocks)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            switch (block.Kind)
            {
                case BlockKind.Facts:
                    text.AppendJoin('\n', block.Rows.Select(r => r.Label + separator + r.Value.ReplaceLineEndings(" ")));
                    break;
                case BlockKind.Link:
                    text.Append(block.Text).Append(separator.TrimEnd()).Append('\n').Append(block.Url);
                    break;
                default:
                    text.Append(block.Text);
                    break;
            }
        }

        return text.ToString();
    }

    public string Html(string subject)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(CultureInfo.CurrentUICulture.Name).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").Append(Encode(subject)).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:16px;background:#ffffff;color:#1b1b1b;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5\">")
            .Append("<div style=\"max-width:600px\">");
        foreach (var block in _blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Paragraph:
                    html.Append("<p>").Append(Lines(block.Text)).Append("</p>");
                    break;
                case BlockKind.Facts:
                    html.Append("<table style=\"border-collapse:collapse;margin:0 0 16px\">");
                    foreach (var (label, value) in block.Rows)
                    {
                        html.Append("<tr><th scope=\"row\" style=\"text-align:left;vertical-align:top;padding:4px 16px 4px 0;font-weight:bold\">")
                            .Append(Encode(label)).Append("</th><td style=\"padding:4px 0\">").Append(Lines(value)).Append("</td></tr>");
                    }

                    html.Append("</table>");
                    break;
                case BlockKind.Link:
                    html.Append("<p><a href=\"").Append(Encode(block.Url!)).Append("\" style=\"display:inline-block;padding:12px 20px;")
                        .Append("background:#0b4f8a;color:#ffffff;text-decoration:underline;border-radius:4px;font-weight:bold\">")
                        .Append(Encode(block.Text)).Append("</a></p><p style=\"font-size:14px;color:#444444;word-break:break-all\">")
                        .Append(Encode(block.Url!)).Append("</p>");
                    break;
                case BlockKind.Note:
                    html.Append("<p style=\"font-size:14px;color:#444444\">").Append(Lines(block.Text)).Append("</p>");
                    break;
            }
        }

        return html.Append("</div></body></html>").ToString();
    }

    /// <summary>A mail written as plain text only (a staff digest, an account mail): its paragraphs become the HTML part,
    /// and a line that is only an address becomes a link, so every mail has both parts.</summary>
    public static string HtmlFromText(string text, string subject)
    {
        ArgumentNullException.ThrowIfNull(text);
        var content = new MailContent();
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var lines = paragraph.Split('\n');
            if (lines.Length <= 2 && Uri.TryCreate(lines[^1].Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                content.Link(lines.Length == 2 ? lines[0].TrimEnd(':', ' ', '\u00a0') : url.AbsoluteUri, url.AbsoluteUri);
            }
            else
            {
                content.Paragraph(paragraph);
            }
        }

        return content.Html(subject);
    }

    /// <summary>The mail to queue, both parts rendered in the current culture (call inside <see cref="MailCulture.Render{T}"/>).</summary>
    public OutgoingMail ToMail(string to, string? toName, string subject, string culture, string category, string? deduplicationKey) =>
        new(to, toName, subject, Text(), Html(subject), culture, category, deduplicationKey);

    private static string Encode(string value) => Encoder.Encode(value);

    private static string Lines(string value) => string.Join("<br>", value.ReplaceLineEndings("\n").Split('\n').Select(Encode));

    private enum BlockKind
    {
        Paragraph,
        Facts,
        Link,
        Note,
    }

    private sealed record Block(BlockKind Kind, string Text, string? Url, IReadOnlyList<(string Label, string Value)> Rows);
}
