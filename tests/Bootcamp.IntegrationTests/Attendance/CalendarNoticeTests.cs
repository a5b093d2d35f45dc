using System.Globalization;
using Bootcamp.Attendance.Calendar;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Sessions.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Attendance;

/// <summary>Issue 19 items 4–5: enrolled people get their evenings as a calendar file, and are told once when an
/// evening is cancelled, added or back on, with a file that updates the same event.</summary>
public sealed class CalendarNoticeTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly Dictionary<string, string?> NoScheduler = new() { ["Jobs:Enabled"] = "false" };

    [Fact]
    public async Task Cancelling_an_evening_sends_one_notice_per_enrolled_person_with_a_CANCEL_of_the_same_event()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 4, today: new DateOnly(2027, 1, 20), settings: NoScheduler);
        var suffix = world.P(0).Email.Split('-', '@')[1];
        var enrolment = await Eventually.MatchesAsync(
            () => CalendarMails.OfAsync(world.App.ConnectionString, EveningMails.EnrolmentCategory, suffix), m => m.Count == 4, TimeSpan.FromSeconds(90));
        await world.SendAsync(new WithdrawParticipant(world.P(3).Id, WithdrawalReason.Schedule, null, world.InstructorA));

        var evening = await world.MeetingOnAsync(new DateOnly(2027, 2, 1));
        await world.SendAsync(new CancelClassMeeting(evening.Id, "Tempête de neige"));
        // Staff press the button again, and the notices are sent again from inside (a retried handler): nothing new.
        await world.SendAsync(new CancelClassMeeting(evening.Id, "Tempête de neige, école fermée"));
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var meeting = await scope.ServiceProvider.GetRequiredService<AttendanceDbContext>().ClassMeetings.SingleAsync(m => m.Id == evening.Id);
            await scope.ServiceProvider.GetRequiredService<EveningMails>().MeetingChangedAsync(meeting, EveningChange.Cancelled, CancellationToken.None);
        }

        var notices = await CalendarMails.OfAsync(world.App.ConnectionString, EveningMails.ChangeCategory, suffix);
        Assert.Equal(
            new[] { world.P(0).Email, world.P(1).Email, world.P(2).Email }.Order(StringComparer.Ordinal),
            notices.Select(n => n.To).Order(StringComparer.Ordinal));

        var french = notices.Single(n => n.To == world.P(0).Email);
        Assert.Contains(Long(new DateOnly(2027, 2, 1), "fr-CA"), french.Subject, StringComparison.Ordinal);
        Assert.Contains("est annulé", french.Text, StringComparison.Ordinal);
        Assert.Contains("Tempête de neige", french.Text, StringComparison.Ordinal);
        Assert.Contains(world.Title, french.Text, StringComparison.Ordinal);
        var english = notices.Single(n => n.To == world.P(1).Email);
        Assert.Contains(Long(new DateOnly(2027, 2, 1), "en-CA"), english.Subject, StringComparison.Ordinal);
        Assert.Contains("is cancelled", english.Text, StringComparison.Ordinal);
        Assert.Equal("text/calendar; charset=utf-8; method=CANCEL", french.Files.Single().Type);

        var cancel = french.Calendar;
        Assert.Equal("CANCEL", cancel.Method);
        var cancelled = Assert.Single(cancel.Events);
        var invitation = enrolment.Single(m => m.To == world.P(0).Email).Calendar;
        Assert.Equal("REQUEST", invitation.Method);
        var original = invitation.Events.Single(e => e.DtStart!.Date == new DateOnly(2027, 2, 1));
        Assert.Equal(original.Uid, cancelled.Uid);
        Assert.True(cancelled.Sequence > original.Sequence);
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal("America/Toronto", cancelled.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 2, 1, 18, 0, 0), cancelled.DtStart.Value);
        // 18:00 in Montréal in February is 23:00 UTC (EST, UTC−5).
        Assert.Equal(new DateTime(2027, 2, 1, 23, 0, 0, DateTimeKind.Utc), cancelled.DtStart.AsUtc);
        Assert.Equal(world.Title, cancelled.Summary);
        Assert.Equal("2000, boul. Saint-Joseph Est, Montréal", cancelled.Location);
        // The enrolment file has every evening still to come, each with its own UID.
        Assert.Equal(9, invitation.Events.Count);
        Assert.Equal(9, invitation.Events.Select(e => e.Uid).Distinct().Count());
        Assert.All(invitation.Events, e => Assert.Equal("America/Toronto", e.DtStart!.TzId));
    }

    [Fact]
    public async Task Adding_an_evening_after_the_change_to_summer_time_and_restoring_one_send_the_new_date_as_a_REQUEST()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 2, today: new DateOnly(2027, 1, 20), settings: NoScheduler);
        var suffix = world.P(0).Email.Split('-', '@')[1];

        // Monday 15 March 2027 is the day after clocks move forward (14 March).
        var added = await world.SendAsync(new AddClassMeeting(world.SessionId, new DateOnly(2027, 3, 15), new TimeOnly(18, 0), new TimeOnly(21, 0), "Rattrapage"));
        var notices = await CalendarMails.OfAsync(world.App.ConnectionString, EveningMails.ChangeCategory, suffix);
        Assert.Equal(2, notices.Count);
        var french = notices.Single(n => n.To == world.P(0).Email);
        Assert.Contains(Long(new DateOnly(2027, 3, 15), "fr-CA"), french.Subject, StringComparison.Ordinal);
        Assert.Contains("est ajouté", french.Text, StringComparison.Ordinal);
        var english = notices.Single(n => n.To == world.P(1).Email);
        Assert.Contains(Long(new DateOnly(2027, 3, 15), "en-CA"), english.Text, StringComparison.Ordinal);
        var request = french.Calendar;
        Assert.Equal("REQUEST", request.Method);
        var evening = Assert.Single(request.Events);
        Assert.Equal(added + "@bootcamp", evening.Uid);
        Assert.Equal("America/Toronto", evening.DtStart!.TzId);
        Assert.Equal(new DateTime(2027, 3, 15, 18, 0, 0), evening.DtStart.Value);
        // Summer time: 18:00 in Montréal is 22:00 UTC (EDT, UTC−4).
        Assert.Equal(new DateTime(2027, 3, 15, 22, 0, 0, DateTimeKind.Utc), evening.DtStart.AsUtc);

        // A cancelled evening put back: one more notice per person, a REQUEST with a higher SEQUENCE.
        var monday = await world.MeetingOnAsync(new DateOnly(2027, 1, 25));
        await world.SendAsync(new CancelClassMeeting(monday.Id, "Panne de courant"));
        await world.SendAsync(new RestoreClassMeeting(monday.Id));
        await world.SendAsync(new RestoreClassMeeting(monday.Id));
        var all = await CalendarMails.OfAsync(world.App.ConnectionString, EveningMails.ChangeCategory, suffix);
        Assert.Equal(6, all.Count);
        // The queue's clock is the test's, so the three notices share a time: the key (evening and version) tells them apart.
        var restored = all.Single(n => n.To == world.P(1).Email && n.Key.Contains($"{monday.Id}:2:", StringComparison.Ordinal));
        Assert.Contains("is back on", restored.Text, StringComparison.Ordinal);
        var back = Assert.Single(restored.Calendar.Events);
        Assert.Equal("REQUEST", restored.Calendar.Method);
        Assert.Equal(monday.Id + "@bootcamp", back.Uid);
        Assert.Equal(2, back.Sequence);
        Assert.Equal("CONFIRMED", back.Status);
    }

    [Fact]
    public async Task An_erased_person_still_on_the_roster_is_not_written_to()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 2, today: new DateOnly(2027, 1, 20), settings: NoScheduler);
        var suffix = world.P(0).Email.Split('-', '@')[1];
        // What an erasure leaves on a participant a published figure counts (decisions/0018): the row, with no address.
        await Sql.ExecuteAsync(world.App.ConnectionString,
            $"UPDATE sessions.participants SET email = '{Guid.NewGuid():N}@erased.invalid' WHERE id = '{world.P(1).Id}'");

        var evening = await world.MeetingOnAsync(new DateOnly(2027, 2, 3));
        await world.SendAsync(new CancelClassMeeting(evening.Id, "Tempête"));

        var sent = await CalendarMails.OfAsync(world.App.ConnectionString, EveningMails.ChangeCategory, suffix);
        Assert.Equal([world.P(0).Email], sent.Select(n => n.To));
        Assert.Empty(await CalendarMails.OfAsync(world.App.ConnectionString, EveningMails.ChangeCategory, "@erased.invalid"));
    }

    [Fact]
    public async Task A_past_evening_corrected_after_the_fact_tells_nobody()
    {
        await using var world = await AttendanceWorld.CreateAsync(database, participants: 1, today: new DateOnly(2027, 1, 20), settings: NoScheduler);
        var suffix = world.P(0).Email.Split('-', '@')[1];
        var past = await world.MeetingOnAsync(new DateOnly(2027, 1, 13));
        await world.SendAsync(new CancelClassMeeting(past.Id, "Saisie a posteriori"));
        Assert.Empty(await CalendarMails.OfAsync(world.App.ConnectionString, EveningMails.ChangeCategory, suffix));
    }

    private static string Long(DateOnly date, string culture) => date.ToString("D", CultureInfo.GetCultureInfo(culture));
}
