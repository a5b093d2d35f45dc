using System.Net;
using Bootcamp.Attendance.Calendar;

namespace Bootcamp.IntegrationTests.Attendance;

/// <summary>The pages of issue 19 item 5: an instructor makes their calendar address on /Teach/Calendar (shown once),
/// staff turn a session's day-before reminder on, and people enrolled through the real flow get their evenings.</summary>
public sealed class CalendarPagesTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_instructor_makes_a_feed_address_staff_turn_the_reminder_on_and_enrolled_people_get_their_evenings()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString) { Clock = new ManualClock(SessionApplicants.InWindow) };
        var session = await TaughtSessions.CreateAsync(app, 2, "iris.teacher@tests.bootcamp.local");

        // Enrolled through applications, selection and a confirmed seat: each gets the evenings with a calendar file.
        var enrolled = await Eventually.MatchesAsync(
            async () => (await CalendarMails.OfAsync(database.ConnectionString, EveningMails.EnrolmentCategory))
                .Where(m => session.Participants.Any(p => p.Email == m.To)).ToList(),
            m => m.Count == 2, TimeSpan.FromSeconds(90));
        Assert.All(enrolled, m => Assert.Equal(12, m.Calendar.Events.Count));

        var instructor = await TaughtSessions.SignInAsync(app, session.InstructorEmail);
        Assert.Contains("href=\"/Teach/Calendar\"", await instructor.GetStringAsync(new Uri("/Teach", UriKind.Relative)), StringComparison.Ordinal);
        var page = await instructor.GetStringAsync(new Uri("/Teach/Calendar", UriKind.Relative));
        Assert.DoesNotContain("calendar-feed-url", page, StringComparison.Ordinal);

        var made = await Forms.PostAsync(instructor, "/Teach/Calendar", []);
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.Contains("no-store", made.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        var html = await made.Content.ReadAsStringAsync();
        var start = html.IndexOf("/api/public/calendars/", StringComparison.Ordinal);
        var path = html[start..html.IndexOf('"', start)];
        Assert.Contains("calendar-feed-exists", await instructor.GetStringAsync(new Uri("/Teach/Calendar", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain(path, await instructor.GetStringAsync(new Uri("/Teach/Calendar", UriKind.Relative)), StringComparison.Ordinal);

        var feed = await app.CreateClient().GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal(12, Ical.Net.Calendar.Load(await feed.Content.ReadAsStringAsync())!.Events.Count);

        // Staff turn the reminder on; the instructor cannot.
        var sessionPage = $"/Teach/Session/{session.SessionId}";
        Assert.Equal(HttpStatusCode.NotFound, (await Forms.PostAsync(instructor, sessionPage + "?handler=Reminder", new() { ["RemindEnabled"] = "true" })).StatusCode);
        Assert.Contains("Rappel la veille de chaque soirée : désactivé", await session.Staff.GetStringAsync(new Uri(sessionPage, UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(session.Staff, sessionPage + "?handler=Reminder", new() { ["RemindEnabled"] = "true" })).StatusCode);
        Assert.Contains("Rappel la veille de chaque soirée : activé", await session.Staff.GetStringAsync(new Uri(sessionPage, UriKind.Relative)), StringComparison.Ordinal);
    }
}
