using System.Text;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Mail;
using Bootcamp.Sessions.Contracts;

namespace Bootcamp.Attendance.Calendar;

/// <summary>The address the calendar files name as their organiser (<c>Email:From</c>, the address mails come from).</summary>
internal sealed record CalendarOrganizer(string? Address)
{
    public static CalendarOrganizer From(string? from)
    {
        var value = from?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return new CalendarOrganizer((string?)null);
        }

        var open = value.LastIndexOf('<');
        var close = value.LastIndexOf('>');
        var address = open >= 0 && close > open ? value[(open + 1)..close] : value;
        return new CalendarOrganizer(address.Contains('@', StringComparison.Ordinal) ? address.Trim() : null);
    }
}

/// <summary>A session's evenings as calendar events and files: the place is the session's (its address, its online
/// link, or both for a hybrid one), the title is the session's, the time is the meeting's own.</summary>
internal static class EveningCalendars
{
    public const string FileName = "bootcamp.ics";

    public static CalendarEvent Event(ClassMeeting meeting, SessionDetails session)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        ArgumentNullException.ThrowIfNull(session);
        var link = string.IsNullOrWhiteSpace(session.OnlineLink) ? null : session.OnlineLink.Trim();
        var location = session.Delivery switch
        {
            DeliveryMode.Online => link,
            _ => string.IsNullOrWhiteSpace(session.Location) ? null : session.Location.Trim(),
        };
        return new CalendarEvent(
            meeting.Id, meeting.Date, meeting.StartsAt, meeting.EndsAt, meeting.Status == Contracts.ClassMeetingStatus.Cancelled,
            meeting.Sequence, session.Title, location, session.Delivery == DeliveryMode.InPerson ? null : link, meeting.Note);
    }

    public static MailAttachment Attachment(CalendarMethod method, IEnumerable<CalendarEvent> events, DateTimeOffset now, CalendarOrganizer organizer) =>
        new(FileName, ICalendarWriter.ContentType(method), Encoding.UTF8.GetBytes(ICalendarWriter.Write(method, events, now, organizer.Address)));
}
