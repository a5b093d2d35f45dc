using Bootcamp.Shared.Contracts;

namespace Bootcamp.Attendance.Contracts;

/// <summary>Whether enrolled people get a reminder the day before each evening of the session (off until staff turn it on).</summary>
public sealed record GetEveningReminder(Guid SessionId) : IQuery<bool>;

/// <summary>Turns the day-before reminder of a session's evenings on or off.</summary>
public sealed record SetEveningReminder(Guid SessionId, bool Enabled) : ICommand<bool>;

/// <summary>Mails tomorrow's reminders (Montréal's date) for the sessions that want them, once the day's sending time
/// has come; returns how many mails were handed to the queue (which ignores those already sent).</summary>
public sealed record SendEveningReminders : ICommand<int>;

/// <summary>When the instructor's private calendar feed was made, or null when they have none.</summary>
public sealed record GetCalendarFeedCreatedAt(Guid UserId) : IQuery<DateTimeOffset?>;

/// <summary>Makes the instructor a new private calendar feed address, which replaces (and so revokes) the previous
/// one. Returns the absolute address: it is shown once, only its token's hash is kept.</summary>
public sealed record CreateCalendarFeed(Guid UserId) : ICommand<string>;

/// <summary>Opens a feed by its token (the private link check); a NotFoundException when no feed has it.</summary>
public sealed record OpenCalendarFeed(string Token) : IQuery<Guid>;

/// <summary>The feed's iCalendar text: every evening of the sessions its instructor teaches.</summary>
public sealed record GetCalendarFeed(string Token) : IQuery<string>;
