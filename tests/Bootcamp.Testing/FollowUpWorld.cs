using Bootcamp.Placements.Contracts;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Testing;

/// <summary>A session taught through the real flow (applications with follow-up consent, selection, enrolment), whose
/// completion is announced with the <see cref="SessionCompleted"/> the completion job raises. Its end date is 17 February
/// 2027, so the waves fall due on 17 March, 17 April and 17 May.</summary>
public sealed record FollowUpWorld(TaughtSession Session, IReadOnlyList<RosterPerson> Completers)
{
    public static readonly DateOnly EndDate = new(2027, 2, 17);

    /// <summary>10:00 in Montréal on <paramref name="day"/>.</summary>
    public static DateTimeOffset MorningOf(DateOnly day) => new(day.Year, day.Month, day.Day, 15, 0, 0, TimeSpan.Zero);

    public static async Task<FollowUpWorld> CreateAsync(
        BootcampAppFactory app, int completers, DateOnly? endDate = null, Func<int, bool?>? authorisedToWork = null)
    {
        var session = await TaughtSessions.CreateAsync(app, completers, $"instructor-{Guid.NewGuid():N}@example.org", authorisedToWork);
        var people = session.Participants;
        await PlacementsTestData.PublishAsync(app, new SessionCompleted(
            session.SessionId, session.TrackId, new DateOnly(2027, 1, 11), endDate ?? EndDate, people.Count,
            [.. people.Select(p => new Completer(p.Id, p.ApplicationId, p.FirstName, p.LastName, p.Email, p.PreferredLanguage))]));
        return new FollowUpWorld(session, people);
    }
}

public static class PlacementsTestData
{
    public static readonly IReadOnlyDictionary<string, string?> NoScheduler = CompletionTestData.NoScheduler;

    public static Task<T> SendAsync<T>(BootcampAppFactory app, IRequest<T> request) => CompletionTestData.SendAsync(app, request);

    /// <summary>Delivers <paramref name="notification"/> to Placements' handlers only, as the outbox would: other modules
    /// react to the same events (Surveys to SessionCompleted) and would need the rest of a world these tests fake.</summary>
    public static async Task PublishAsync<T>(BootcampAppFactory app, T notification)
        where T : INotification
    {
        await using var scope = app.Services.CreateAsyncScope();
        var handlers = scope.ServiceProvider.GetServices<INotificationHandler<T>>()
            .Where(h => h.GetType().Assembly == typeof(Bootcamp.Placements.PlacementsModule).Assembly)
            .ToList();
        Assert.NotEmpty(handlers);
        foreach (var handler in handlers)
        {
            await handler.Handle(notification, CancellationToken.None);
        }
    }

    /// <summary>The seed programme's sample: 91 completers of a session ending on <paramref name="end"/>, 71 placed (39 within
    /// one month, 27 in one to two, 5 in two to three; every tenth started a business, every fourth out of the tech field),
    /// 18 not (yet), and the last two not authorised to work in Canada.</summary>
    public static async Task<List<Completer>> SeedSampleAsync(BootcampAppFactory app, Guid sessionId, Guid trackId, DateOnly end)
    {
        var completers = Enumerable.Range(0, 91)
            .Select(i => new Completer(Guid.NewGuid(), Guid.NewGuid(), "Personne" + i, "Échantillon", $"s{i}-{sessionId:N}@example.org", "fr-CA"))
            .ToList();
        await PublishAsync(app, new SessionCompleted(sessionId, trackId, end.AddDays(-60), end, 100, completers));
        var director = Guid.NewGuid();
        for (var i = 0; i < 71; i++)
        {
            // Within one month: days 0–30 (end + 1 month is still within); one to two: up to end + 2 months; then up to + 3.
            var start = i < 39 ? end.AddDays(i % 31) : i < 66 ? end.AddMonths(1).AddDays(1 + (i % 30)) : end.AddMonths(2).AddDays(1 + (i % 30));
            await SendAsync(app, new RecordPlacement(completers[i].ParticipantId, new PlacementDetails(
                i % 10 == 0 ? OutcomeCode.StartedBusiness : OutcomeCode.FullTimeEmployee, "Employeur " + i, "Développeur·se", start,
                InTechField: i % 4 != 0, EmploymentType.FullTime, null), director));
        }

        await SendAsync(app, new SetWorkAuthorisation(completers[89].ParticipantId, false));
        await SendAsync(app, new SetWorkAuthorisation(completers[90].ParticipantId, false));
        return completers;
    }
}
