using System.Globalization;
using System.Text;

namespace Bootcamp.Attendance.Calendar;

/// <summary>How a calendar file is meant (RFC 5546): a new or changed invitation, a cancellation, or a feed that is
/// only read.</summary>
internal enum CalendarMethod
{
    Publish,
    Request,
    Cancel,
}

/// <summary>One evening as a calendar event. <paramref name="Url"/> is the online link when there is one.</summary>
internal sealed record CalendarEvent(
    Guid MeetingId, DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, bool Cancelled, int Sequence, string Summary,
    string? Location, string? Url, string? Description);

/// <summary>
/// Writes RFC 5545 by hand: the format is small, and a library would be one more dependency in production for four
/// components. What matters is here: CRLF lines folded at 75 octets, escaped text, times as local times in
/// America/Toronto (Montréal's rules; the VTIMEZONE carries them, DST included, so a client without a zone database
/// still places 18:00 at 18:00 in March and in November), and one UID per class meeting, so a later file with a higher
/// SEQUENCE updates or cancels the same event instead of adding a second one.
/// </summary>
internal static class ICalendarWriter
{
    public const string TimeZoneId = "America/Toronto";

    public static string UidOf(Guid meetingId) => meetingId.ToString("D") + "@bootcamp";

    public static string ContentType(CalendarMethod method) =>
        "text/calendar; charset=utf-8; method=" + method.ToString().ToUpperInvariant();

    public static string Write(CalendarMethod method, IEnumerable<CalendarEvent> events, DateTimeOffset stamp, string? organizer, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var ics = new StringBuilder();
        void Line(string text) => Fold(ics, text);

        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//Bootcamp//Evenings//FR");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:" + method.ToString().ToUpperInvariant());
        if (name is not null)
        {
            Line("X-WR-CALNAME:" + Escape(name));
            Line("X-WR-TIMEZONE:" + TimeZoneId);
        }

        // The rules in force in Ontario and Québec since 2007: second Sunday of March, first Sunday of November.
        Line("BEGIN:VTIMEZONE");
        Line("TZID:" + TimeZoneId);
        Line("X-LIC-LOCATION:" + TimeZoneId);
        Line("BEGIN:DAYLIGHT");
        Line("TZOFFSETFROM:-0500");
        Line("TZOFFSETTO:-0400");
        Line("TZNAME:EDT");
        Line("DTSTART:20070311T020000");
        Line("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
        Line("END:DAYLIGHT");
        Line("BEGIN:STANDARD");
        Line("TZOFFSETFROM:-0400");
        Line("TZOFFSETTO:-0500");
        Line("TZNAME:EST");
        Line("DTSTART:20071104T020000");
        Line("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
        Line("END:STANDARD");
        Line("END:VTIMEZONE");

        var utc = stamp.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in events)
        {
            Line("BEGIN:VEVENT");
            Line("UID:" + UidOf(e.MeetingId));
            Line("DTSTAMP:" + utc);
            Line("DTSTART;TZID=" + TimeZoneId + ":" + Local(e.Date, e.StartsAt));
            Line("DTEND;TZID=" + TimeZoneId + ":" + Local(e.Date, e.EndsAt));
            Line("SEQUENCE:" + e.Sequence.ToString(CultureInfo.InvariantCulture));
            Line("SUMMARY:" + Escape(e.Summary));
            if (!string.IsNullOrWhiteSpace(e.Location))
            {
                Line("LOCATION:" + Escape(e.Location.Trim()));
            }

            if (Uri.TryCreate(e.Url?.Trim(), UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
            {
                Line("URL:" + url.AbsoluteUri);
            }

            if (!string.IsNullOrWhiteSpace(e.Description))
            {
                Line("DESCRIPTION:" + Escape(e.Description.Trim()));
            }

            if (organizer is not null)
            {
                Line("ORGANIZER;CN=Bootcamp:mailto:" + organizer);
            }

            Line("STATUS:" + (e.Cancelled || method == CalendarMethod.Cancel ? "CANCELLED" : "CONFIRMED"));
            Line("TRANSP:OPAQUE");
            Line("END:VEVENT");
        }

        Line("END:VCALENDAR");
        return ics.ToString();
    }

    private static string Local(DateOnly date, TimeOnly time) =>
        date.ToDateTime(time).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    // RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, a line break is \n.
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).ReplaceLineEndings("\\n");

    // RFC 5545 §3.1: lines of at most 75 octets, continued after CRLF and one space; never inside a UTF-8 character.
    private static void Fold(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 0;
                limit = 74;
            }

            ics.Append(rune.ToString());
            octets += size;
        }

        ics.Append("\r\n");
    }
}
