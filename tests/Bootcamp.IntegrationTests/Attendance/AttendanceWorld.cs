using Bootcamp.Applications.Contracts;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Attendance;

/// <summary>
/// A six-week Monday/Wednesday session (11 January – 17 February 2027, 12 evenings) on a track of its own, with
/// participants enrolled the way Sessions enrols them (a <see cref="SeatConfirmed"/> event), two instructors and a
/// clock the test moves. Everything goes through the modules' requests, as the Host does.
/// </summary>
internal sealed class AttendanceWorld : IAsyncDisposable
{
    public static readonly DateOnly Start = new(2027, 1, 11);
    public static readonly DateOnly End = new(2027, 2, 17);

    private AttendanceWorld(BootcampAppFactory app, ManualClock clock)
    {
        App = app;
        Clock = clock;
    }

    public BootcampAppFactory App { get; }
    public ManualClock Clock { get; }
    public Guid TrackId { get; private set; }
    public Guid SessionId { get; private set; }
    public string Title { get; private set; } = "";
    public List<ParticipantDto> Participants { get; } = [];
    public Guid InstructorA { get; private set; }
    public Guid InstructorB { get; private set; }

    /// <summary>Instructor A's sign-in (password <see cref="TestUsers.Password"/>), for tests that use the pages.</summary>
    public string InstructorAEmail { get; private set; } = "";

    /// <summary>18:30 in Montréal (23:30 UTC in winter) on <paramref name="date"/>: class is under way.</summary>
    public static DateTimeOffset Evening(DateOnly date) => new(date.ToDateTime(new TimeOnly(23, 30)), TimeSpan.Zero);

    public static Task<AttendanceWorld> CreateAsync(
        DatabaseFixture database, int participants = 4, DateOnly? today = null, IReadOnlyDictionary<string, string?>? settings = null) =>
        CreateAsync(database.ConnectionString, participants, today, settings);

    public static async Task<AttendanceWorld> CreateAsync(
        string connectionString, int participants = 4, DateOnly? today = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clock = new ManualClock(Evening(today ?? new DateOnly(2027, 1, 27)));
        var world = new AttendanceWorld(new BootcampAppFactory(connectionString, settings: settings) { Clock = clock }, clock);
        var suffix = Guid.NewGuid().ToString("N")[..8];

        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var seeder = scope.ServiceProvider.GetRequiredService<IdentitySeeder>();
            world.InstructorAEmail = $"a-{suffix}@tests.bootcamp.local";
            world.InstructorA = (await seeder.EnsureUserAsync(world.InstructorAEmail, "Alice Instructrice", Roles.Instructor, "fr-CA", TestUsers.Password)).Id;
            world.InstructorB = (await seeder.EnsureUserAsync($"b-{suffix}@tests.bootcamp.local", "Bruno Instructeur", Roles.Instructor, "fr-CA", TestUsers.Password)).Id;
        }

        world.TrackId = await world.SendAsync(new CreateTrack(new TrackDetails("Parcours " + suffix, "Track " + suffix)));
        world.Title = "Présences " + suffix;
        world.SessionId = await world.SendAsync(new ScheduleSession(new SessionDetails
        {
            TrackId = world.TrackId,
            Title = world.Title,
            StartDate = Start,
            EndDate = End,
            Days = new List<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Wednesday },
            StartsAt = new TimeOnly(18, 0),
            EndsAt = new TimeOnly(21, 0),
            Delivery = DeliveryMode.InPerson,
            Location = "2000, boul. Saint-Joseph Est, Montréal",
            Capacity = 25,
            ApplicationOpensOn = new DateOnly(2026, 11, 1),
            ApplicationClosesOn = new DateOnly(2027, 1, 4),
            InstructorIds = new List<Guid> { world.InstructorA, world.InstructorB },
        }));

        for (var i = 0; i < participants; i++)
        {
            await world.PublishAsync(new SeatConfirmed(
                Guid.NewGuid(), world.SessionId, ApplicantCategory.Newcomer, "Personne" + i, $"Nom{i:00}-{suffix}", $"p{i}-{suffix}@example.org",
                null, i % 2 == 0 ? "fr-CA" : "en-CA"));
        }

        world.Participants.AddRange((await world.SendAsync(new GetRoster(world.SessionId))).OrderBy(p => p.LastName, StringComparer.Ordinal));
        await world.MeetingsAsync(12);
        return world;
    }

    public ParticipantDto P(int index) => Participants[index];

    public async Task<T> SendAsync<T>(IRequest<T> request)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public async Task PublishAsync(INotification notification)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(notification);
    }

    /// <summary>The session's meetings once the outbox has generated <paramref name="count"/> of them.</summary>
    public Task<IReadOnlyList<ClassMeetingDto>> MeetingsAsync(int? count = null) =>
        Eventually.MatchesAsync(() => SendAsync(new GetClassMeetings(SessionId)), m => count is null ? m.Count > 0 : m.Count == count);

    public async Task<ClassMeetingDto> MeetingOnAsync(DateOnly date) =>
        (await SendAsync(new GetMeetingOn(SessionId, date))) ?? throw new InvalidOperationException($"No class on {date}");

    /// <summary>Records <paramref name="marks"/> (one character per participant, P/L/A/E, '-' to skip) on the evening of
    /// <paramref name="date"/>, as an editor who read the current sheet.</summary>
    public async Task<RecordAttendanceResult> RecordAsync(DateOnly date, string marks, Guid? by = null)
    {
        var meeting = await MeetingOnAsync(date);
        var sheet = await SendAsync(new GetAttendanceSheet(meeting.Id));
        var entries = new List<AttendanceEntry>();
        for (var i = 0; i < marks.Length; i++)
        {
            if (marks[i] == '-')
            {
                continue;
            }

            var version = sheet.Rows.Single(r => r.ParticipantId == P(i).Id).Version;
            entries.Add(new AttendanceEntry(P(i).Id, Mark(marks[i]), null, version));
        }

        return await SendAsync(new RecordAttendance(meeting.Id, entries, by ?? InstructorA));
    }

    public static AttendanceMark Mark(char c) => c switch
    {
        'P' => AttendanceMark.Present,
        'L' => AttendanceMark.Late,
        'A' => AttendanceMark.Absent,
        'E' => AttendanceMark.Excused,
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "P, L, A or E"),
    };

    public ValueTask DisposeAsync() => App.DisposeAsync();
}
