using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Shared.DemoData;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.DemoData;

/// <summary>The four tracks of the seed programme, three evening sessions a year (winter, spring, fall) over three
/// years, and the next ones open for applications.</summary>
internal sealed class SessionsDemoData(SessionsDbContext db, IMediator mediator, TimeProvider clock) : IDemoDataSeeder
{
    private static readonly TrackDetails[] Tracks =
    [
        new("Développement web et mobile", "Web & mobile development", "HTML, CSS, JavaScript, React et React Native.", "HTML, CSS, JavaScript, React and React Native."),
        new("JavaScript", "JavaScript", "Les bases du langage jusqu'à Node.js.", "From language basics to Node.js."),
        new("Réalité virtuelle", "Virtual reality", "Unity, C# et la conception 3D.", "Unity, C# and 3D design."),
        new("Science des données", "Data science", "Python, pandas et visualisation.", "Python, pandas and visualisation."),
    ];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Sessions.AnyAsync(cancellationToken))
        {
            return;
        }

        var trackIds = new List<Guid>();
        foreach (var track in Tracks)
        {
            trackIds.Add(await mediator.Send(new CreateTrack(track), cancellationToken));
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var number = 0;
        var running = false;
        for (var year = today.Year - 2; year <= today.Year + 1; year++)
        {
            foreach (var (month, weeks) in new[] { (1, 8), (5, 6), (9, 8) })
            {
                var start = FirstMonday(year, month);
                if (start.AddDays(-160) > today)
                {
                    break; // planned about two terms ahead: one open for applications, one opening soon
                }

                await ScheduleAsync(trackIds, number++, $"{SeasonFr(month)} {year}", start, weeks, cancellationToken);
                running |= start <= today && start.AddDays(weeks * 7 - 5) >= today;
            }
        }

        // Between terms the demo would show no class tonight, no one at risk: an extra evening cohort is under way, in its
        // fourth week, whatever the day.
        if (!running)
        {
            var start = today.AddDays(-21);
            while (start.DayOfWeek != DayOfWeek.Monday)
            {
                start = start.AddDays(-1);
            }

            await ScheduleAsync(trackIds, number, $"cohorte du soir {start.Year}", start, 8, cancellationToken);
        }
    }

    private async Task ScheduleAsync(List<Guid> trackIds, int number, string term, DateOnly start, int weeks, CancellationToken cancellationToken)
    {
        var track = number % Tracks.Length;
        var online = track == 3;
        await mediator.Send(
            new ScheduleSession(new SessionDetails
            {
                TrackId = trackIds[track],
                Title = $"{Tracks[track].NameFr} — {term}",
                StartDate = start,
                EndDate = start.AddDays(weeks * 7 - 5),
                Days = [DayOfWeek.Monday, DayOfWeek.Wednesday],
                StartsAt = new TimeOnly(18, 0),
                EndsAt = new TimeOnly(21, 0),
                Delivery = online ? DeliveryMode.Hybrid : DeliveryMode.InPerson,
                Location = "2000, boul. Saint-Joseph Est, Montréal",
                OnlineLink = online ? "https://meet.example.org/bootcamp-data" : null,
                Capacity = 25,
                NewcomerSharePercent = 70,
                ApplicationOpensOn = start.AddDays(-56),
                ApplicationClosesOn = start.AddDays(-7),
                ChatChannelUrl = $"https://chat.example.org/bootcamp-{start:yyyy-MM}",
            }),
            cancellationToken);
    }

    private static string SeasonFr(int month) => month switch { 1 => "hiver", 5 => "printemps", _ => "automne" };

    private static DateOnly FirstMonday(int year, int month)
    {
        var day = new DateOnly(year, month, 1);
        while (day.DayOfWeek != DayOfWeek.Monday)
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
