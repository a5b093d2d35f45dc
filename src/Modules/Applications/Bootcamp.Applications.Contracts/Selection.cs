namespace Bootcamp.Applications.Contracts;

/// <summary>How many seats each category gets: newcomer seats = capacity × share, rounded half up.</summary>
public sealed record SeatPlan(int Capacity, int NewcomerSeats)
{
    public int ResidentSeats => Capacity - NewcomerSeats;

    public int SeatsFor(ApplicantCategory category) => category == ApplicantCategory.Newcomer ? NewcomerSeats : ResidentSeats;

    public static SeatPlan For(int capacity, int newcomerSharePercent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        ArgumentOutOfRangeException.ThrowIfLessThan(newcomerSharePercent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(newcomerSharePercent, 100);
        // Integer arithmetic: (c·s + 50) / 100 is c·s/100 rounded half up, with no floating-point surprises at .5.
        return new SeatPlan(capacity, ((capacity * newcomerSharePercent) + 50) / 100);
    }
}

/// <summary>The seats a session has given (admitted or confirmed): Sessions refuses a capacity below it.</summary>
public sealed record GetSeatsHeld(Guid SessionId) : Bootcamp.Shared.Contracts.IQuery<int>;
