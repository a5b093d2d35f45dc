using System.Net;
using Bootcamp.Attendance.Calendar;
using Bootcamp.Attendance.Contracts;

namespace Bootcamp.IntegrationTests.Attendance;

/// <summary>The day-before reminder (a session's choice) and the instructor's private calendar feed.</summary>
public sealed class CalendarReminderAndFeedTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly Dictionary<string, string?> NoScheduler = new() { ["Jobs:Enabled"] = "false" };

    [Fact]
    public async Task The_reminder_goes_once_the_afternoon_before_and_only_for_sessions_that_want_it()
    {
        // Two sessions on the same evenings; only the first wants reminders.
        await using var wanting = await AttendanceWorld.CreateAsync(database, participants: 3, today: new DateOnly(2027, 1, 9), settings: NoScheduler);
        await using var quiet = await AttendanceWorld.CreateAsync(database, participants: 2, today: new DateOnly(2027, 1, 9), settings: NoScheduler);
        Assert.False(await wanting.SendAsync(new GetEveningReminder(wanting.SessionId)));
        Assert.True(await wanting.SendAsync(new SetEveningReminder(wanting.SessionId, true)));
        Assert.True(await wanting.SendAsync(new GetEveningReminder(wanting.SessionId)));
        var suffix = wanting.P(0).Email.Split('-', '@')[1];
        var quietSuffix = quiet.P(0).Email.Split('-', '@')[1];

        // Saturday 9 January, 17:00 in Montréal: tomorrow is a Sunday, no class.
        wanting.Clock.Set(new DateTimeOffset(2027, 1, 9, 22, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await wanting.SendAsync(new SendEveningReminders()));

        // Sunday 10 January, 15:59: the first class is tomorrow, but it is not time yet.
        wanting.Clock.Set(new DateTimeOffset(2027, 1, 10, 20, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await wanting.SendAsync(new SendEveningReminders()));
        Assert.Empty(await CalendarMails.OfAsync(wanting.App.ConnectionString, EveningMails.ReminderCategory, suffix));

        // 16:01: one reminder per enrolled person of the first session; run again (the job is hourly): nothing new.
        wanting.Clock.Set(new DateTimeOffset(2027, 1, 10, 21, 1, 0, TimeSpan.Zero));
        await wanting.SendAsync(new SendEveningReminders());
        wanting.Clock.Set(new DateTimeOffset(2027, 1, 10, 23, 0, 0, TimeSpan.Zero));
        await wanting.SendAsync(new SendEveningReminders());
        var reminders = await CalendarMails.OfAsync(wanting.App.ConnectionString, EveningMails.ReminderCategory, suffix);
        Assert.Equal(3, reminders.Count);
        Assert.Empty(await CalendarMails.OfAsync(wanting.App.ConnectionString, EveningMails.ReminderCategory, quietSuffix));
        var french = reminders.Single(r => r.To == wanting.P(0).Email);
        Assert.Contains("demain", french.Text, StringComparison.Ordinal);
        Assert.Contains("2000, boul. Saint-Joseph Est, Montréal", french.Text, StringComparison.Ordinal);
        Assert.Contains("18 h 00", french.Text, StringComparison.Ordinal);
        var english = reminders.Single(r => r.To == wanting.P(1).Email);
        Assert.Contains("tomorrow", english.Text, StringComparison.Ordinal);
        Assert.Contains("6:00", english.Text, StringComparison.Ordinal);

        // Monday 11 January, the class evening itself: tomorrow (Tuesday) has none, so nothing more.
        wanting.Clock.Set(new DateTimeOffset(2027, 1, 11, 22, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await wanting.SendAsync(new SendEveningReminders()));

        // A cancelled evening is not recalled; turned off, the session gets no more reminders.
        var wednesday = await wanting.MeetingOnAsync(new DateOnly(2027, 1, 13));
        await wanting.SendAsync(new CancelClassMeeting(wednesday.Id, "Tempête"));
        wanting.Clock.Set(new DateTimeOffset(2027, 1, 12, 22, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await wanting.SendAsync(new SendEveningReminders()));
        await wanting.SendAsync(new SetEveningReminder(wanting.SessionId, false));
        wanting.Clock.Set(new DateTimeOffset(2027, 1, 17, 22, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, await wanting.SendAsync(new SendEveningReminders()));
        Assert.Equal(3, (await CalendarMails.OfAsync(wanting.App.ConnectionString, EveningMails.ReminderCategory, suffix)).Count);
    }

    [Fact]
    public async Task The_feed_serves_the_instructors_evenings_with_its_token_only_and_a_new_address_revokes_the_old()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 0, settings: NoScheduler);
        await using var other = await AttendanceWorld.CreateAsync(database, participants: 0, settings: NoScheduler);
        var cancelled = await world.MeetingOnAsync(new DateOnly(2027, 2, 1));
        await world.SendAsync(new CancelClassMeeting(cancelled.Id, "Tempête"));

        Assert.Null(await world.SendAsync(new GetCalendarFeedCreatedAt(world.InstructorA)));
        var url = new Uri(await world.SendAsync(new CreateCalendarFeed(world.InstructorA)));
        Assert.NotNull(await world.SendAsync(new GetCalendarFeedCreatedAt(world.InstructorA)));
        using var client = world.App.CreateClient();

        var response = await client.GetAsync(url.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var feed = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(12, feed.Events.Count);
        Assert.All(feed.Events, e => Assert.Equal("America/Toronto", e.DtStart!.TzId));
        Assert.Equal("CANCELLED", feed.Events.Single(e => e.Uid == cancelled.Id + "@bootcamp").Status);
        var theirs = (await other.SendAsync(new GetClassMeetings(other.SessionId))).Select(m => m.Id + "@bootcamp").ToHashSet();
        Assert.DoesNotContain(feed.Events, e => theirs.Contains(e.Uid!));

        // The other session's instructor, with a feed of their own, sees none of these evenings.
        var otherUrl = new Uri(await other.SendAsync(new CreateCalendarFeed(other.InstructorA)));
        var otherFeed = Ical.Net.Calendar.Load(await client.GetStringAsync(otherUrl.PathAndQuery))!;
        Assert.Equal(12, otherFeed.Events.Count);
        Assert.DoesNotContain(otherFeed.Events, e => e.Uid == cancelled.Id + "@bootcamp");

        // A wrong token, a malformed one, and the old address once a new one is made: the same 404.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/public/calendars/" + Bootcamp.Shared.Privacy.SensitiveData.NewToken())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/public/calendars/nope")).StatusCode);
        var renewed = new Uri(await world.SendAsync(new CreateCalendarFeed(world.InstructorA)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url.PathAndQuery)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(renewed.PathAndQuery)).StatusCode);
    }
}
