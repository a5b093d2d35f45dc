namespace Bootcamp.Attendance.Persistence;

/// <summary>What a session's staff chose for its evenings' mails. No row: the defaults (no reminder).</summary>
internal sealed class SessionCalendarSettings
{
    public Guid SessionId { get; set; }

    /// <summary>Mail enrolled people the day before each evening with its time and place or link.</summary>
    public bool EveningReminder { get; set; }
}

/// <summary>An instructor's private calendar feed: whoever holds the address reads the evenings of the sessions they
/// teach. Only the token's hash is kept; regenerating replaces it, so the old address stops working.</summary>
internal sealed class CalendarFeed
{
    public Guid UserId { get; set; }

    public byte[] TokenHash { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}
