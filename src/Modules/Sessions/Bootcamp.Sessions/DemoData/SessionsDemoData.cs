using Bootcamp.Sessions.Contracts;
using Bootcamp.Sessions.Persistence;
using Bootcamp.Shared.DemoData;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Sessions.DemoData;

/// <summary>Three sessions a year (winter, spring, fall) over three years, plus the next one open for applications.</summary>
internal sealed class SessionsDemoData(SessionsDbContext db, IMediator mediator, TimeProvider clock) : IDemoDataSeeder
{
    private static readonly string[] Tracks = ["Web & mobile", "JavaScript", "Virtual reality", "Data science"];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Sessions.AnyAsync(cancellationToken))
        {
            return;
        }

        var thisYear = clock.GetUtcNow().Year;
        var track = 0;
        for (var year = thisYear - 2; year <= thisYear + 1; year++)
        {
            foreach (var (month, weeks) in new[] { (1, 8), (5, 6), (9, 8) })
            {
                var start = FirstMonday(year, month);
                if (year > thisYear && month > 1)
                {
                    break;
                }

                var name = Tracks[track++ % Tracks.Length];
                await mediator.Send(
                    new ScheduleSession(
                        $"{name} {year}-{month:00}",
                        name,
                        start,
                        start.AddDays(weeks * 7 - 5),
                        [DayOfWeek.Monday, DayOfWeek.Wednesday],
                        new TimeOnly(18, 0),
                        new TimeOnly(21, 0),
                        25),
                    cancellationToken);
            }
        }
    }

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
