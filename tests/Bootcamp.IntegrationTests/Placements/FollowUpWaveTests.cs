using Bootcamp.Applications.Contracts;
using Bootcamp.Placements.Contracts;
using Bootcamp.Placements.Dispatch;
using Bootcamp.Shared.Contracts;
using static Bootcamp.IntegrationTests.Placements.FollowUpTestData;
using static Bootcamp.Testing.PlacementsTestData;

namespace Bootcamp.IntegrationTests.Placements;

/// <summary>A completed session's follow-ups over three months, with the clock moved by hand.</summary>
public sealed class FollowUpWaveTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private const string Invitation = DispatchDueFollowUpsHandler.InvitationCategory;
    private const string Reminder = DispatchDueFollowUpsHandler.ReminderCategory;

    [Fact]
    public async Task Three_months_of_waves_are_sent_once_reminded_once_answered_into_placements_and_closed_as_non_reporting()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler) { Clock = clock };
        var world = await FollowUpWorld.CreateAsync(app, 3);
        var (amina, bo, chen) = (world.Completers[0], world.Completers[1], world.Completers[2]);
        var sessionId = world.Session.SessionId;

        var waves = await SendAsync(app, new GetFollowUpWaves(sessionId));
        Assert.Equal(9, waves.Count);
        Assert.All(waves, w => Assert.Equal(FollowUpWaveStatus.Pending, w.Status));
        Assert.Equal([new DateOnly(2027, 3, 17), new DateOnly(2027, 4, 17), new DateOnly(2027, 5, 17)], waves.Where(w => w.ParticipantId == amina.Id).Select(w => w.DueOn));

        // A second SessionCompleted for the same people (an override, a replay) adds nothing; nothing is due before the date.
        await PublishAsync(app, new Bootcamp.Sessions.Contracts.SessionCompleted(
            sessionId, world.Session.TrackId, new DateOnly(2027, 1, 11), FollowUpWorld.EndDate, 3,
            [.. world.Completers.Select(p => new Bootcamp.Sessions.Contracts.Completer(p.Id, p.ApplicationId, p.FirstName, p.LastName, p.Email, p.PreferredLanguage))]));
        Assert.Equal(9, (await SendAsync(app, new GetFollowUpWaves(sessionId))).Count);
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 16)));
        Assert.Equal(0, (await DispatchAsync(app)).Total);

        // Wave 1: one mail each, in their language; a second pass (another Host, the next run) sends nothing.
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 17)));
        Assert.Equal(3, (await DispatchAsync(app)).Invitations);
        Assert.Equal(0, (await DispatchAsync(app)).Total);
        var aminaMail = Assert.Single(await MailsAsync(app.ConnectionString, Invitation, amina.Email));
        Assert.Contains(amina.PreferredLanguage.StartsWith("en", StringComparison.Ordinal) ? "1-month follow-up" : "suivi à 1 mois", aminaMail.Subject);
        Assert.Contains("http://localhost:5080/f/", aminaMail.Body);

        // Amina answers at once: employed since 8 March, in the field.
        var aminaToken = TokenIn(aminaMail.Body);
        var form = await SendAsync(app, new GetFollowUpByToken(aminaToken));
        Assert.Equal((amina.FirstName, 1, new DateOnly(2027, 4, 16), false), (form.FirstName, form.Wave, form.OpenUntil, form.Answered));
        clock.Advance(TimeSpan.FromHours(2));
        await SendAsync(app, new AnswerFollowUp(aminaToken, new FollowUpAnswer(
            true, OutcomeCode.FullTimeEmployee, "Shopify", "Développeuse front-end", new DateOnly(2027, 3, 8), true, EmploymentType.FullTime,
            SalaryBand.From45000To59999, false)));
        Assert.True((await SendAsync(app, new GetFollowUpByToken(aminaToken))).Answered);

        // Six days later nobody is chased yet; on the seventh Bo and Chen get one reminder each, once.
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 23)));
        Assert.Equal(0, (await DispatchAsync(app)).Reminders);
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 24)));
        var toChase = (await SendAsync(app, new GetPlacementDashboard(null, sessionId))).ToChase;
        Assert.Equal(new[] { bo.Id, chen.Id }.Order(), toChase.Select(c => c.ParticipantId).Order());
        Assert.All(toChase, c => Assert.Null(c.ReminderSentAt));
        Assert.Equal(2, (await DispatchAsync(app)).Reminders);
        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, (await DispatchAsync(app)).Total);
        Assert.Empty(await MailsAsync(app.ConnectionString, Reminder, amina.Email));
        var boReminder = Assert.Single(await MailsAsync(app.ConnectionString, Reminder, bo.Email));
        Assert.Single(await MailsAsync(app.ConnectionString, Reminder, chen.Email));

        // Bo answers from the reminder's link: still seeking.
        await SendAsync(app, new AnswerFollowUp(TokenIn(boReminder.Body), new FollowUpAnswer(
            false, OutcomeCode.StillSeeking, null, null, null, null, null, null, true)));

        // Wave 2 is due: Chen's wave 1 closes unanswered (non-reporting); the links of wave 1 no longer open.
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 4, 17)));
        var second = await DispatchAsync(app);
        Assert.Equal((3, 1), (second.Invitations, second.NonReporting));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(app, new GetFollowUpByToken(aminaToken)));

        // Wave 3: nobody answered wave 2. Chen answers wave 3: hired on 1 May (between two and three months).
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 5, 17)));
        var third = await DispatchAsync(app);
        Assert.Equal((3, 3), (third.Invitations, third.NonReporting));
        var chenWave3 = (await MailsAsync(app.ConnectionString, Invitation, chen.Email)).Last();
        Assert.Contains(chen.PreferredLanguage.StartsWith("en", StringComparison.Ordinal) ? "3-month" : "3 mois", chenWave3.Subject);
        await SendAsync(app, new AnswerFollowUp(TokenIn(chenWave3.Body), new FollowUpAnswer(
            true, OutcomeCode.InternshipApprenticeshipOrContract, "=cmd|' /C calc'!A0", "Stagiaire QA", new DateOnly(2027, 5, 1), false,
            EmploymentType.PartTime, null, true)));

        // The last wave closes 30 days after it fell due.
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 6, 15)));
        var lastDay = await DispatchAsync(app);
        Assert.Equal((0, 2), (lastDay.NonReporting, lastDay.Reminders)); // Chen answered wave 3: no reminder
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 6, 16)));
        Assert.Equal(2, (await DispatchAsync(app)).NonReporting);
        Assert.Equal(0, (await DispatchAsync(app)).Total);

        // Every wave went out exactly once per person.
        foreach (var person in world.Completers)
        {
            var invitations = await MailsAsync(app.ConnectionString, Invitation, person.Email);
            Assert.Equal(3, invitations.Count);
            Assert.Equal(3, invitations.Select(m => m.Key).Distinct().Count());
        }

        Assert.Equal(9, await Sql.CountAsync(app.ConnectionString, "SELECT count(*) FROM placements.follow_up_dispatches WHERE kind = 'Invitation'"));
        Assert.Equal(2 + 2, await Sql.CountAsync(app.ConnectionString, "SELECT count(*) FROM placements.follow_up_dispatches WHERE kind = 'Reminder'"));

        var final = await SendAsync(app, new GetFollowUpWaves(sessionId));
        Assert.Equal(
            [FollowUpWaveStatus.Answered, FollowUpWaveStatus.NonReporting, FollowUpWaveStatus.NonReporting],
            final.Where(w => w.ParticipantId == amina.Id).Select(w => w.Status));
        Assert.Equal(
            [FollowUpWaveStatus.NonReporting, FollowUpWaveStatus.NonReporting, FollowUpWaveStatus.Answered],
            final.Where(w => w.ParticipantId == chen.Id).Select(w => w.Status));

        // The answers became self-reported placements; the director verifies one.
        var placements = await SendAsync(app, new GetPlacements(new PlacementFilter(null, sessionId, null, null, CurrentOnly: true), 1, 50));
        Assert.Equal(2, placements.Total);
        var aminaJob = placements.Items.Single(p => p.ParticipantId == amina.Id);
        Assert.Equal((PlacementSource.SelfReported, false, (int?)19, (TimeToJobBucket?)TimeToJobBucket.WithinOneMonth, "Shopify"),
            (aminaJob.Source, aminaJob.Verified, aminaJob.DaysToJob, aminaJob.Bucket, aminaJob.Details.Employer));
        Assert.Equal(TimeToJobBucket.TwoToThreeMonths, placements.Items.Single(p => p.ParticipantId == chen.Id).Bucket);
        await SendAsync(app, new VerifyPlacement(aminaJob.Id, Guid.NewGuid()));
        Assert.Equal(1, (await SendAsync(app, new GetPlacements(new PlacementFilter(2027, null, null, true, CurrentOnly: true), 1, 50))).Total);

        var board = await SendAsync(app, new GetPlacementDashboard(2027, sessionId));
        var dashboard = board.Figures;
        Assert.Equal((3, 0, 3, 2, 1), (dashboard.Completers, dashboard.NotAuthorisedToWork, dashboard.Denominator, dashboard.Placed, dashboard.InField));
        Assert.Equal(2m / 3m, dashboard.PlacedRate);
        Assert.Equal(0.5m, dashboard.InFieldRate);
        Assert.Equal((19m + 73m) / 2m, dashboard.MedianDaysToJob);
        Assert.Equal(
            [(1, 3, 2, 1), (2, 3, 0, 3), (3, 3, 1, 2)],
            dashboard.Waves.Select(w => (w.Wave, w.Sent, w.Answered, w.NonReporting)));
        Assert.Empty(board.ToChase);

        var outcomes = await SendAsync(app, new GetPlacementFigures([sessionId]));
        Assert.Equal((1, 1, 1, 0), (outcomes.CountOf(OutcomeCode.FullTimeEmployee), outcomes.CountOf(OutcomeCode.InternshipApprenticeshipOrContract),
            outcomes.CountOf(OutcomeCode.StillSeeking), outcomes.CountOf(OutcomeCode.NonReporting)));

        // The CSV defuses the formula Chen's employer field carried.
        var csv = System.Text.Encoding.UTF8.GetString((await SendAsync(app, new ExportPlacementsCsv(null, sessionId))).Content);
        Assert.Contains("'=cmd", csv);
        Assert.DoesNotContain(",=cmd", csv);
        Assert.DoesNotContain("@example.org", csv);
    }

    [Fact]
    public async Task Withdrawing_follow_up_consent_cancels_the_pending_waves_and_no_mail_goes_out()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler) { Clock = clock };
        var world = await FollowUpWorld.CreateAsync(app, 2);
        var (leaving, staying) = (world.Completers[0], world.Completers[1]);

        await SendAsync(app, new SetConsent(world.Session.TokenOf(leaving), ConsentPurpose.FollowUpContact, false));
        // ConsentWithdrawn travels through Applications' outbox.
        await Eventually.MatchesAsync(
            () => SendAsync(app, new GetFollowUpWaves(world.Session.SessionId)),
            waves => waves.Where(w => w.ParticipantId == leaving.Id).All(w => w.Status == FollowUpWaveStatus.Cancelled));

        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 17)));
        Assert.Equal(1, (await DispatchAsync(app)).Invitations);
        Assert.Empty(await MailsAsync(app.ConnectionString, Invitation, leaving.Email));
        Assert.Single(await MailsAsync(app.ConnectionString, Invitation, staying.Email));
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 5, 17)));
        await DispatchAsync(app);
        Assert.Empty(await MailsAsync(app.ConnectionString, Invitation, leaving.Email));
    }

    [Fact]
    public async Task Consent_withdrawn_after_a_wave_fell_due_is_honoured_even_before_the_event_arrives()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler) { Clock = clock };
        var world = await FollowUpWorld.CreateAsync(app, 2);
        var leaving = world.Completers[0];

        // The event is held back: only the ledger knows.
        await Sql.ExecuteAsync(app.ConnectionString,
            $"UPDATE applications.consents SET withdrawn_at = now() WHERE application_id = '{leaving.ApplicationId}' AND purpose = 'FollowUpContact'");
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 17)));
        var result = await DispatchAsync(app);
        Assert.Equal((1, 1), (result.Invitations, result.Cancelled));
        Assert.Empty(await MailsAsync(app.ConnectionString, Invitation, leaving.Email));
        var waves = await SendAsync(app, new GetFollowUpWaves(world.Session.SessionId));
        Assert.All(waves.Where(w => w.ParticipantId == leaving.Id), w => Assert.Equal(FollowUpWaveStatus.Cancelled, w.Status));
    }

    [Fact]
    public async Task The_follow_up_link_is_long_random_stored_only_as_a_hash_and_reveals_nothing_when_wrong_or_expired()
    {
        var clock = new ManualClock(SessionApplicants.InWindow);
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: NoScheduler) { Clock = clock };
        var world = await FollowUpWorld.CreateAsync(app, 1);
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 3, 17)));
        await DispatchAsync(app);
        var token = TokenIn(Assert.Single(await MailsAsync(app.ConnectionString, Invitation, world.Completers[0].Email)).Body);

        Assert.True(token.Length >= 43, "at least 256 bits, base64url");
        Assert.Equal(0, await Sql.CountAsync(app.ConnectionString,
            $"SELECT count(*) FROM placements.follow_up_links WHERE encode(token_hash, 'escape') LIKE '%{token[..20]}%'"));
        Assert.Equal(1, await Sql.CountAsync(app.ConnectionString,
            $"SELECT count(*) FROM placements.follow_up_links WHERE token_hash = sha256(convert_to('{token}', 'UTF8'))"));

        foreach (var wrong in new[] { "", " ", token[..^1], token + "A", token.ToUpperInvariant(), new string('a', 5000), "../../etc" })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(app, new GetFollowUpByToken(wrong)));
            await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(app, new AnswerFollowUp(wrong, new FollowUpAnswer(
                false, OutcomeCode.StillSeeking, null, null, null, null, null, null, true))));
        }

        // Invalid answers are refused without touching anything.
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => SendAsync(app, new AnswerFollowUp(token, new FollowUpAnswer(
            true, OutcomeCode.StillSeeking, null, null, null, null, null, null, false))));
        Assert.Contains(nameof(FollowUpAnswer.StartDate), invalid.Errors.Keys);
        Assert.Contains(nameof(FollowUpAnswer.Outcome), invalid.Errors.Keys);

        Assert.Equal(world.Completers[0].FirstName, (await SendAsync(app, new GetFollowUpByToken(token))).FirstName);
        // Open until the day before wave 2 is due; from that day on it is as unknown as a guessed token.
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 4, 16)));
        await SendAsync(app, new GetFollowUpByToken(token));
        clock.Set(FollowUpWorld.MorningOf(new DateOnly(2027, 4, 17)));
        await Assert.ThrowsAsync<NotFoundException>(() => SendAsync(app, new GetFollowUpByToken(token)));
    }
}
