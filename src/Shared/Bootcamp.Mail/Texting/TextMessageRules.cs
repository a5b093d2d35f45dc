using System.Text;

namespace Bootcamp.Mail.Texting;

/// <summary>
/// What a text may be: a Canadian or international number in E.164, and a body within the segments allowed. A message of
/// GSM-7 characters fits 153 per segment once split; one with any other character (ê, ô, ç, an apostrophe ’) is sent as
/// UCS-2 and fits 67. Too long, the sentence is shortened with an ellipsis and the link at its end is kept whole.
/// </summary>
public static class TextMessageRules
{
    private const string Gsm7 =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    public static bool IsGsm7(string text) => text.All(c => Gsm7.Contains(c, StringComparison.Ordinal));

    /// <summary>Characters that fit in <paramref name="segments"/> segments for this text's encoding.</summary>
    public static int Capacity(string text, int segments)
    {
        var gsm = IsGsm7(text);
        return segments <= 1 ? (gsm ? 160 : 70) : segments * (gsm ? 153 : 67);
    }

    /// <summary>The sentence, shortened if needed, then the link, within <paramref name="segments"/> segments.</summary>
    public static string Fit(string sentence, string? link, int segments)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tail = string.IsNullOrEmpty(link) ? "" : " " + link;
        var whole = sentence.Trim() + tail;
        var capacity = Capacity(whole, segments);
        if (whole.Length <= capacity)
        {
            return whole;
        }

        var room = Math.Max(0, capacity - tail.Length - 1);
        return sentence.Trim()[..Math.Min(room, sentence.Trim().Length)].TrimEnd() + "…" + tail;
    }

    /// <summary>E.164, or null when it is not a number we can text: 10 digits are a North American number (+1), 11
    /// starting with 1 too, a leading + keeps its country code.</summary>
    public static string? Normalize(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var trimmed = phone.Trim();
        var digits = new StringBuilder();
        foreach (var c in trimmed)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '+'))
            {
                return null;
            }
        }

        var d = digits.ToString();
        return trimmed.StartsWith('+') switch
        {
            true when d.Length is >= 8 and <= 15 => "+" + d,
            false when d.Length == 10 && d[0] is >= '2' and <= '9' => "+1" + d,
            false when d.Length == 11 && d[0] == '1' => "+" + d,
            _ => null,
        };
    }
}
