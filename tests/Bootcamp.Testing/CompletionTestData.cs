using Bootcamp.Applications.Contracts;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Testing;

public sealed record EnrolledSession(Guid SessionId, Guid TrackId, IReadOnlyList<ParticipantDto> Participants);

public sealed record DeliveredSession(EnrolledSession Session, Guid Staff);

/// <summary>Sessions with enrolled participants, built through the modules' requests and events as production does.</summary>
public static class CompletionTestData
{
    /// <summary>Monday 11 January to Wednesday 17 February 2027, Monday and Wednesday evenings: 12 meetings.</summary>
    public static readonly DateOnly Start = new(2027, 1, 11);

    public static readonly DateOnly End = new(2027, 2, 17);

    /// <summary>Before the session starts (noon in Montréal).</summary>
    public static readonly DateTimeOffset BeforeStart = new(2027, 1, 5, 17, 0, 0, TimeSpan.Zero);

    /// <summary>The day after the end date in Montréal: completion is due.</summary>
    public static readonly DateTimeOffset DayAfterEnd = new(2027, 2, 18, 15, 0, 0, TimeSpan.Zero);

    /// <summary>The tests drive the completion command themselves: no scheduler firing it behind their back.</summary>
    public static readonly IReadOnlyDictionary<string, string?> NoScheduler = new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" };

    /// <summary>The last evening, 23:30 in Montréal: every meeting is in the past, but the end date is still today.</summary>
    private static readonly DateTimeOffset LastEvening = new(2027, 2, 18, 4, 30, 0, TimeSpan.Zero);

    /// <summary>What the web track teaches: its first questionnaire asks about these (the capstone is not a skill).</summary>
    public static readonly IReadOnlyList<MilestoneDetails> WebCurriculum =
    [
        new("HTML et CSS", "HTML & CSS", false),
        new("JavaScript", "JavaScript", false),
        new("Git et GitHub", "Git & GitHub", false),
        new("React", "React", false),
        new("Projet final", "Capstone project", true),
    ];

    public static Task<EnrolledSession> CreateAsync(BootcampAppFactory app, params (string First, string Last, string Language)[] people) =>
        CreateAsync(app, [], people);

    /// <summary>A session of a new track with that curriculum, its people enrolled through Sessions' events.</summary>
    public static async Task<EnrolledSession> CreateAsync(
        BootcampAppFactory app, IReadOnlyList<MilestoneDetails> curriculum, params (string First, string Last, string Language)[] people)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var trackId = await mediator.Send(new CreateTrack(new TrackDetails("Développement web " + suffix, "Web development " + suffix)));
        foreach (var step in curriculum)
        {
            await mediator.Send(new AddMilestone(trackId, step));
        }
        var sessionId = await mediator.Send(new ScheduleSession(new SessionDetails
        {
            TrackId = trackId,
            Title = "Développement web — hiver 2027 " + suffix,
            StartDate = Start,
            EndDate = End,
            Days = [DayOfWeek.Monday, DayOfWeek.Wednesday],
            StartsAt = new TimeOnly(18, 0),
            EndsAt = new TimeOnly(21, 0),
            Delivery = DeliveryMode.InPerson,
            Location = "2000, boul. Saint-Joseph Est, Montréal",
            Capacity = 25,
            ApplicationOpensOn = new DateOnly(2026, 11, 1),
            ApplicationClosesOn = new DateOnly(2027, 1, 4),
        }));

        foreach (var (first, last, language) in people)
        {
            await mediator.Publish(new SeatConfirmed(
                Guid.NewGuid(), sessionId, ApplicantCategory.Newcomer, first, last,
                Address($"{first}.{last}.{suffix}"), "514 555-0100", language));
        }

        var roster = await mediator.Send(new GetRoster(sessionId));
        return new EnrolledSession(sessionId, trackId, roster);
    }

    /// <summary>
    /// Five people enrolled; Noor withdraws before the first class. Over the 12 evenings: Amina comes to all (capstone
    /// done), Jorge misses two and is excused once (10/12 with Excused counting, capstone done), Dina misses three (9/12,
    /// capstone done), Li comes to all but has no capstone. The clock ends on the last evening.
    /// </summary>
    /// <summary>An address the application accepts: "Ramírez" writes to "ramirez" (a local part is ASCII).</summary>
    public static string Address(string name)
    {
        var ascii = new string(name.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray());
        return (ascii + "@example.org").ToLowerInvariant();
    }

    public static async Task<DeliveredSession> DeliveredSessionAsync(BootcampAppFactory app, ManualClock clock)
    {
        Guid staff;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var email = $"sam-{Guid.NewGuid():N}@tests.bootcamp.local";
            staff = (await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().EnsureUserAsync(email, "Sam Staff", Roles.Staff, "fr-CA", TestUsers.Password)).Id;
        }

        var session = await CreateAsync(app,
            ("Amina", "Haddad", "fr-CA"), ("Jorge", "Ramírez", "en-CA"), ("Dina", "Petrova", "fr-CA"), ("Li", "Wei", "en-CA"), ("Noor", "Khan", "en-CA"));
        Guid Id(string first) => session.Participants.Single(p => p.FirstName == first).Id;
        await SendAsync(app, new WithdrawParticipant(Id("Noor"), WithdrawalReason.Schedule, null, staff));
        await CapstoneAsync(app, session, staff, Id("Amina"), Id("Jorge"), Id("Dina"));

        clock.Set(LastEvening);
        var marks = new Dictionary<Guid, Func<int, AttendanceMark>>
        {
            [Id("Amina")] = _ => AttendanceMark.Present,
            [Id("Jorge")] = i => i switch { 2 or 7 => AttendanceMark.Absent, 5 => AttendanceMark.Excused, 9 => AttendanceMark.Late, _ => AttendanceMark.Present },
            [Id("Dina")] = i => i is 1 or 4 or 10 ? AttendanceMark.Absent : AttendanceMark.Present,
            [Id("Li")] = _ => AttendanceMark.Present,
        };
        await RecordAllEveningsAsync(app, session, staff, [.. marks.Keys], (p, i) => marks[p](i));
        return new DeliveredSession(session, staff);
    }

    /// <summary>Gives the track a capstone milestone and marks it done for <paramref name="done"/>.</summary>
    public static async Task CapstoneAsync(BootcampAppFactory app, EnrolledSession session, Guid markedBy, params Guid[] done)
    {
        var capstone = await SendAsync(app, new AddMilestone(session.TrackId, new MilestoneDetails("Projet final", "Capstone project", IsCapstone: true)));
        foreach (var participant in done)
        {
            await SendAsync(app, new MarkProgress(session.SessionId, participant, capstone, ProgressStatus.Done, null, markedBy));
        }
    }

    /// <summary>Records every evening of the session (the clock must be past them): <paramref name="markFor"/> picks each
    /// participant's mark at meeting <c>i</c> (0-based).</summary>
    public static async Task RecordAllEveningsAsync(
        BootcampAppFactory app, EnrolledSession session, Guid recordedBy, IReadOnlyList<Guid> participants, Func<Guid, int, AttendanceMark> markFor)
    {
        var meetings = await Eventually.MatchesAsync(
            () => SendAsync(app, new GetClassMeetings(session.SessionId)), m => m.Count == 12);
        for (var i = 0; i < meetings.Count; i++)
        {
            var index = i;
            var result = await SendAsync(app, new RecordAttendance(
                meetings[i].Id, [.. participants.Select(p => new AttendanceEntry(p, markFor(p, index), null, 0))], recordedBy));
            Assert.True(result.Saved);
        }
    }

    public static async Task<T> SendAsync<T>(BootcampAppFactory app, IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public static async Task PublishAsync(BootcampAppFactory app, INotification notification)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification);
    }

    /// <summary>How many <paramref name="eventName"/> events about <paramref name="sessionId"/> were written to the outbox.</summary>
    public static Task<long> OutboxCountAsync(BootcampAppFactory app, string eventName, Guid sessionId) =>
        Sql.CountAsync(app.ConnectionString, $"""
            SELECT count(*) FROM sessions.outbox_messages
            WHERE type = 'Bootcamp.Sessions.Contracts.{eventName}' AND payload->>'sessionId' = '{sessionId}'
            """);
}
