namespace Bootcamp.Attendance.Rules;

/// <summary>Bound from the <c>Attendance</c> section.</summary>
internal sealed class AttendanceOptions
{
    public const string Section = "Attendance";

    /// <summary>Attendance:ExcusedCountsAsAttended — an excused absence counts towards the rate (the programme's default).</summary>
    public bool ExcusedCountsAsAttended { get; set; } = true;

    public AtRiskOptions AtRisk { get; set; } = new();

    public RemindersOptions Reminders { get; set; } = new();
}

internal sealed class RemindersOptions
{
    /// <summary>Attendance:Reminders:SendAfter — Montréal time of day from which the reminders of tomorrow's evenings
    /// go out: the afternoon before, when people plan their next day.</summary>
    public TimeOnly SendAfter { get; set; } = new(16, 0);

    /// <summary>Attendance:Reminders:CheckInterval — how often the job looks whether they are due.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}

internal sealed class AtRiskOptions
{
    /// <summary>Attendance:AtRisk:ThresholdPercent — under this rate a participant is flagged.</summary>
    public int ThresholdPercent { get; set; } = 75;

    /// <summary>Attendance:AtRisk:GraceDays — the rate is not judged before the session has run this long (two weeks):
    /// one missed evening out of three is not a trend.</summary>
    public int GraceDays { get; set; } = 14;

    /// <summary>Attendance:AtRisk:DigestAfter — Montréal time of day from which the daily digest goes out.</summary>
    public TimeOnly DigestAfter { get; set; } = new(7, 0);

    /// <summary>Attendance:AtRisk:DigestCheckInterval — how often the digest job looks whether today's digest is due.</summary>
    public TimeSpan DigestCheckInterval { get; set; } = TimeSpan.FromHours(1);
}
