using Bootcamp.Shared.Contracts;
using Bootcamp.Surveys.Contracts;

namespace Bootcamp.IntegrationTests.Surveys;

/// <summary>One reminder, Surveys:ReminderAfterDays (7) after the link was mailed, to those who have not submitted and are
/// still enrolled, however often the job runs. The clock is moved by hand.</summary>
public sealed class SurveyReminderTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_reminder_goes_once_after_seven_days_with_a_fresh_link_not_to_those_who_submitted_or_withdrew()
    {
        var clock = new ManualClock(CompletionTestData.BeforeStart);
        await using var app = SurveyTestData.App(database, clock);
        var session = await SurveyTestData.EnrolAsync(app, ("Amina", "Haddad", "fr-CA"), ("Jorge", "Ramírez", "en-CA"), ("Noor", "Khan", "en-CA"));
        var (amina, jorge, noor) = (Person(session, "Amina"), Person(session, "Jorge"), Person(session, "Noor"));
        await SurveyTestData.SubmitAsync(app, await SurveyTestData.TokenAsync(app, amina.Email, SurveyKind.PreProgramme), _ => 2);
        var firstToken = await SurveyTestData.TokenAsync(app, jorge.Email, SurveyKind.PreProgramme);
        await SurveyTestData.WithdrawAsync(app, noor.Id, await SurveyTestData.StaffAsync(app));

        clock.Set(CompletionTestData.BeforeStart.AddDays(7).AddMinutes(-1));
        Assert.Equal(0, await CompletionTestData.SendAsync(app, new SendDueSurveyReminders()));

        clock.Set(CompletionTestData.BeforeStart.AddDays(7));
        Assert.Equal(1, await CompletionTestData.SendAsync(app, new SendDueSurveyReminders()));
        Assert.Equal(0, await CompletionTestData.SendAsync(app, new SendDueSurveyReminders()));
        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await CompletionTestData.SendAsync(app, new SendDueSurveyReminders()));

        // Staff cannot resend to someone who left.
        var noorInvitation = (await CompletionTestData.SendAsync(app, new GetSessionSurveys(session.SessionId))).Invitations.Single(i => i.ParticipantId == noor.Id);
        await Assert.ThrowsAsync<ConflictException>(() => CompletionTestData.SendAsync(app, new ResendInvitation(noorInvitation.Id)));

        var reminder = Assert.Single(await SurveyTestData.MailsAsync(app, jorge.Email, "surveys.reminder"));
        Assert.StartsWith("Reminder: Before your programme", reminder.Subject, StringComparison.Ordinal);
        Assert.Contains("We have not received your answers yet.", reminder.TextBody, StringComparison.Ordinal);
        Assert.Empty(await SurveyTestData.MailsAsync(app, amina.Email, "surveys.reminder"));
        Assert.Empty(await SurveyTestData.MailsAsync(app, noor.Email, "surveys.reminder"));

        // The reminder has a link of its own; the first one still works (the first mail may be the one at hand), and the
        // closing date stays.
        var newToken = SurveyTestData.TokenIn(reminder);
        Assert.NotEqual(firstToken, newToken);
        await CompletionTestData.SendAsync(app, new GetSurveyByToken(firstToken));
        var form = await CompletionTestData.SendAsync(app, new GetSurveyByToken(newToken));
        Assert.Equal(new DateTimeOffset(2027, 2, 18, 5, 0, 0, TimeSpan.Zero), form.ClosesAt);

        var invitations = (await CompletionTestData.SendAsync(app, new GetSessionSurveys(session.SessionId))).Invitations.ToDictionary(i => i.ParticipantId);
        Assert.Equal(CompletionTestData.BeforeStart.AddDays(7), invitations[jorge.Id].RemindedAt);
        Assert.Null(invitations[amina.Id].RemindedAt);
        Assert.Null(invitations[noor.Id].RemindedAt);

        // Submitting after the reminder is what it is for.
        await SurveyTestData.SubmitAsync(app, newToken, _ => 3);
        var rate = (await CompletionTestData.SendAsync(app, new GetSessionSurveys(session.SessionId))).Rates.Single(r => r.Kind == SurveyKind.PreProgramme);
        Assert.Equal((3, 2), (rate.Invited, rate.Answered));
    }

    private static Bootcamp.Sessions.Contracts.ParticipantDto Person(EnrolledSession session, string first) =>
        session.Participants.Single(p => p.FirstName == first);
}
