using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>Sessions the live app's real "today" can apply to: the browser runs on the wall clock.</summary>
internal static class OpenSessions
{
    /// <summary>Six weeks of Monday and Wednesday evenings about a month from now (Montréal time), applications open
    /// since yesterday.</summary>
    public static async Task<Guid> ScheduleAsync(BootcampAppFactory factory, string title, int capacity = 25)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Montreal")).DateTime);
        var start = today.AddDays(28);
        while (start.DayOfWeek != DayOfWeek.Monday)
        {
            start = start.AddDays(1);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var track = await mediator.Send(new CreateTrack(new TrackDetails("Développement web " + suffix, "Web development " + suffix)));
        return await mediator.Send(new ScheduleSession(new SessionDetails
        {
            TrackId = track,
            Title = title,
            StartDate = start,
            EndDate = start.AddDays(37),
            Days = new List<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Wednesday },
            StartsAt = new TimeOnly(18, 0),
            EndsAt = new TimeOnly(21, 0),
            Delivery = DeliveryMode.InPerson,
            Location = "Montréal",
            Capacity = capacity,
            NewcomerSharePercent = 70,
            ApplicationOpensOn = today.AddDays(-1),
            ApplicationClosesOn = start.AddDays(-7),
        }));
    }
}
