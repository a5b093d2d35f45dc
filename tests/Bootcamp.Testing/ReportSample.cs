using Bootcamp.Sessions.Contracts;
using static Bootcamp.Testing.PlacementsTestData;

namespace Bootcamp.Testing;

/// <summary>A real session (so Sessions, Attendance and Surveys know it) whose 91 completers Placements follows: 71 placed
/// as in <c>PlacementDashboardTests</c> (39 within one month, 27 in one to two, 5 in two to three), two not
/// authorised to work, 18 without news.</summary>
public sealed record ReportSample(Guid SessionId, Guid TrackId, IReadOnlyList<Completer> Completers)
{
    public static readonly DateOnly End = new(2026, 6, 19);

    /// <summary>The app in November 2026, five months after the session's end, with no scheduler.</summary>
    public static BootcampAppFactory App(DatabaseFixture database) =>
        new(database.ConnectionString, settings: NoScheduler) { Clock = new ManualClock(new DateTimeOffset(2026, 11, 20, 15, 0, 0, TimeSpan.Zero)) };

    public static async Task<ReportSample> CreateAsync(BootcampAppFactory app, string? trackName = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var trackId = await SendAsync(app, new CreateTrack(new TrackDetails(trackName ?? "Développement web " + suffix, trackName ?? "Web development " + suffix)));
        var sessionId = await SendAsync(app, new ScheduleSession(new SessionDetails
        {
            TrackId = trackId,
            Title = "Développement web — printemps 2026 " + suffix,
            StartDate = new DateOnly(2026, 4, 20),
            EndDate = End,
            AllowUnusualLength = true,
            Days = [DayOfWeek.Monday, DayOfWeek.Wednesday],
            StartsAt = new TimeOnly(18, 0),
            EndsAt = new TimeOnly(21, 0),
            Delivery = DeliveryMode.InPerson,
            Location = "2000, boul. Saint-Joseph Est, Montréal",
            Capacity = 100,
            ApplicationOpensOn = new DateOnly(2026, 3, 1),
            ApplicationClosesOn = new DateOnly(2026, 4, 10),
        }));

        var completers = await SeedSampleAsync(app, sessionId, trackId, End);
        return new ReportSample(sessionId, trackId, completers);
    }
}
