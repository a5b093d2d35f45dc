namespace Bootcamp.Shared;

/// <summary>The programme runs in Montréal: "today" and displayed times are Montréal's, whatever the server's zone.</summary>
public static class ProgrammeTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("America/Montreal");

    /// <summary>An evening class at 23:30 UTC is still "today" in Montréal.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone).DateTime);
    }

    public static DateTimeOffset Local(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone);
}
