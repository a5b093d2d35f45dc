namespace Bootcamp.Sessions.Persistence;

internal sealed class Session
{
    public Guid Id { get; set; }
    public required string Title { get; set; }
    public required string Track { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public required DayOfWeek[] Days { get; set; }
    public TimeOnly StartsAt { get; set; }
    public TimeOnly EndsAt { get; set; }
    public int Capacity { get; set; }
    public int NewcomerSharePercent { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
