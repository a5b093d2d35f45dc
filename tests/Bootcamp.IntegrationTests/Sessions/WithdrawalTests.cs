using Bootcamp.Applications.Contracts;
using Bootcamp.Placements.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;

namespace Bootcamp.IntegrationTests.Sessions;

/// <summary>The roster records who left and why; "found a job" reaches Placements as a lead, once.</summary>
public sealed class WithdrawalTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly Guid Staff = Guid.NewGuid();

    [Fact]
    public async Task Withdrawing_for_a_job_records_the_reason_raises_the_event_and_creates_exactly_one_placement_lead()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: CompletionTestData.NoScheduler)
        {
            Clock = new ManualClock(new DateTimeOffset(2027, 1, 27, 15, 0, 0, TimeSpan.Zero)),
        };
        var session = await CompletionTestData.CreateAsync(app, ("Amina", "Haddad", "fr-CA"), ("Jorge", "Ramírez", "en-CA"));
        var amina = session.Participants.Single(p => p.FirstName == "Amina");

        await CompletionTestData.SendAsync(app, new WithdrawParticipant(amina.Id, WithdrawalReason.FoundJob, "  Développeuse junior chez Acme  ", Staff));
        // A double submit: the second withdrawal changes nothing and raises nothing.
        await CompletionTestData.SendAsync(app, new WithdrawParticipant(amina.Id, WithdrawalReason.Other, "second click", Staff));

        var roster = await CompletionTestData.SendAsync(app, new GetRoster(session.SessionId));
        var withdrawn = roster.Single(p => p.Id == amina.Id);
        Assert.Equal(ParticipantStatus.Withdrawn, withdrawn.Status);
        Assert.Equal(WithdrawalReason.FoundJob, withdrawn.WithdrawalReason);
        Assert.Equal("Développeuse junior chez Acme", withdrawn.WithdrawalNote);
        Assert.Equal(new DateTimeOffset(2027, 1, 27, 15, 0, 0, TimeSpan.Zero), withdrawn.WithdrawnAt);
        Assert.Equal(ParticipantStatus.Enrolled, roster.Single(p => p.FirstName == "Jorge").Status);
        Assert.Equal(1, await CompletionTestData.OutboxCountAsync(app, nameof(ParticipantWithdrew), session.SessionId));
        Assert.Equal(1, await Sql.CountAsync(app.ConnectionString,
            $"SELECT count(*) FROM sessions.participants WHERE id = '{amina.Id}' AND withdrawn_by = '{Staff}' AND withdrawal_reason = 'FoundJob'"));

        var leads = await Eventually.MatchesAsync(
            () => CompletionTestData.SendAsync(app, new GetPlacementLeads(session.SessionId)),
            l => l.Count > 0);
        var lead = Assert.Single(leads);
        Assert.Equal((amina.Id, amina.ApplicationId, "Amina", "Haddad", amina.Email, "fr-CA", new DateOnly(2027, 1, 27)),
            (lead.ParticipantId, lead.ApplicationId, lead.FirstName, lead.LastName, lead.Email, lead.PreferredLanguage, lead.ReportedOn));

        // Redelivering the same event (a crash after dispatch) and a fresh duplicate event both leave one lead.
        await Eventually.MatchesAsync(
            () => Sql.CountAsync(app.ConnectionString, "SELECT count(*) FROM sessions.outbox_messages WHERE processed_at IS NULL"), n => n == 0);
        await CompletionTestData.PublishAsync(app, new ParticipantWithdrew(
            amina.Id, session.SessionId, amina.ApplicationId, WithdrawalReason.FoundJob, new DateOnly(2027, 1, 28), "Amina", "Haddad",
            amina.Email, amina.Phone, "fr-CA"));
        Assert.Single(await CompletionTestData.SendAsync(app, new GetPlacementLeads(session.SessionId)));
        Assert.Equal(1, await Sql.CountAsync(app.ConnectionString, $"SELECT count(*) FROM placements.placement_leads WHERE participant_id = '{amina.Id}'"));
    }

    [Fact]
    public async Task Other_reasons_and_self_withdrawal_raise_the_event_but_create_no_lead()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: CompletionTestData.NoScheduler)
        {
            Clock = new ManualClock(new DateTimeOffset(2027, 1, 27, 15, 0, 0, TimeSpan.Zero)),
        };
        var session = await CompletionTestData.CreateAsync(app, ("Li", "Wei", "en-CA"), ("Fatou", "Diallo", "fr-CA"));
        var li = session.Participants.Single(p => p.FirstName == "Li");
        var fatou = session.Participants.Single(p => p.FirstName == "Fatou");

        await CompletionTestData.SendAsync(app, new WithdrawParticipant(li.Id, WithdrawalReason.Relocation, null, Staff));
        await CompletionTestData.PublishAsync(app, new ApplicationWithdrawn(
            fatou.ApplicationId, session.SessionId, ApplicantCategory.Newcomer, ApplicationStatus.Confirmed));

        var roster = await CompletionTestData.SendAsync(app, new GetRoster(session.SessionId));
        Assert.Equal(WithdrawalReason.Relocation, roster.Single(p => p.Id == li.Id).WithdrawalReason);
        Assert.Equal(WithdrawalReason.SelfWithdrawn, roster.Single(p => p.Id == fatou.Id).WithdrawalReason);
        Assert.All(roster, p => Assert.Equal(ParticipantStatus.Withdrawn, p.Status));
        Assert.Equal(2, await CompletionTestData.OutboxCountAsync(app, nameof(ParticipantWithdrew), session.SessionId));
        await Eventually.MatchesAsync(
            () => Sql.CountAsync(app.ConnectionString, "SELECT count(*) FROM sessions.outbox_messages WHERE processed_at IS NULL"), n => n == 0);
        Assert.Empty(await CompletionTestData.SendAsync(app, new GetPlacementLeads(session.SessionId)));
    }

    [Fact]
    public async Task A_staff_withdrawal_needs_a_real_reason_and_a_note_of_at_most_500_characters()
    {
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: CompletionTestData.NoScheduler);
        var session = await CompletionTestData.CreateAsync(app, ("Noor", "Khan", "en-CA"));
        var noor = session.Participants.Single();

        var tooLong = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            CompletionTestData.SendAsync(app, new WithdrawParticipant(noor.Id, WithdrawalReason.Health, new string('x', 501), Staff)));
        Assert.Contains(nameof(WithdrawParticipant.Note), tooLong.Errors.Keys);
        var selfReason = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            CompletionTestData.SendAsync(app, new WithdrawParticipant(noor.Id, WithdrawalReason.SelfWithdrawn, null, Staff)));
        Assert.Contains(nameof(WithdrawParticipant.Reason), selfReason.Errors.Keys);
        await Assert.ThrowsAsync<NotFoundException>(() =>
            CompletionTestData.SendAsync(app, new WithdrawParticipant(Guid.NewGuid(), WithdrawalReason.Health, null, Staff)));

        await CompletionTestData.SendAsync(app, new WithdrawParticipant(noor.Id, WithdrawalReason.Health, new string('x', 500), Staff));
        Assert.Equal(ParticipantStatus.Withdrawn, (await CompletionTestData.SendAsync(app, new GetParticipant(noor.Id))).Status);
    }
}
