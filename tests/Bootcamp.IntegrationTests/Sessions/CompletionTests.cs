using System.Text.Json;
using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Sessions;

/// <summary>
/// After the end date the completion job decides each participant from real attendance and the capstone, once;
/// staff override with a reason, and the certificate follows. The clock is moved by hand; nothing sleeps.
/// </summary>
public sealed class CompletionTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task After_the_end_date_outcomes_are_decided_once_and_one_SessionCompleted_lists_exactly_the_completers()
    {
        var clock = new ManualClock(CompletionTestData.BeforeStart);
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: CompletionTestData.NoScheduler) { Clock = clock };
        var world = await CompletionTestData.DeliveredSessionAsync(app, clock);

        // Before the end date (even on the last evening): nothing is due, the page shows the projection.
        Assert.Equal(0, await CompletionTestData.SendAsync(app, new DecideDueCompletions()));
        var projected = await CompletionTestData.SendAsync(app, new GetSessionCompletion(world.Session.SessionId));
        Assert.Null(projected.DecidedAt);
        Assert.Equal((80, true), (projected.ThresholdPercent, projected.ExcusedCountsAsAttended));
        Assert.Equal(["Amina", "Jorge"], Completers(projected));
        Assert.All(projected.Participants, p => Assert.Null(p.CertificateCode));
        Assert.Equal(0, await CompletionTestData.OutboxCountAsync(app, nameof(SessionCompleted), world.Session.SessionId));

        clock.Set(CompletionTestData.DayAfterEnd);
        Assert.Equal(1, await CompletionTestData.SendAsync(app, new DecideDueCompletions()));

        var decided = await CompletionTestData.SendAsync(app, new GetSessionCompletion(world.Session.SessionId));
        Assert.Equal(CompletionTestData.DayAfterEnd, decided.DecidedAt);
        Assert.Equal(["Amina", "Dina", "Jorge", "Li"], decided.Participants.Select(p => p.FirstName).Order().ToArray()); // Noor withdrew: no outcome
        Assert.Equal(["Amina", "Jorge"], Completers(decided));
        var byName = decided.Participants.ToDictionary(p => p.FirstName);
        Assert.Equal((1m, true), (byName["Amina"].AttendanceRate, byName["Amina"].CapstoneDone));
        Assert.Equal(10m / 12m, byName["Jorge"].AttendanceRate!.Value, 4); // 9 present + 1 excused of 12
        Assert.Equal(0.75m, byName["Dina"].AttendanceRate);
        Assert.Equal((1m, false), (byName["Li"].AttendanceRate, byName["Li"].CapstoneDone));
        Assert.All(decided.Participants, p => Assert.Equal(p.RuleOutcome, p.Outcome));
        Assert.All(decided.Participants, p => Assert.Equal(p.Outcome == CompletionOutcome.Completed, p.CertificateCode is not null));
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", byName["Amina"].CertificateCode!);

        var completed = await SessionCompletedAsync(app, world.Session.SessionId);
        var evt = Assert.Single(completed);
        Assert.Equal((world.Session.TrackId, CompletionTestData.Start, CompletionTestData.End, 4),
            (evt.TrackId, evt.StartDate, evt.EndDate, evt.Participants));
        Assert.Equal(
            [(byName["Amina"].ParticipantId, byName["Amina"].ApplicationId), (byName["Jorge"].ParticipantId, byName["Jorge"].ApplicationId)],
            evt.Completers.Select(c => (c.ParticipantId, c.ApplicationId)).OrderBy(c => c.ParticipantId == byName["Jorge"].ParticipantId).ToArray());
        Assert.All(evt.Completers, c => Assert.EndsWith("@example.org", c.Email));

        // A second run (the next hour, or another Host) decides nothing and raises nothing.
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await CompletionTestData.SendAsync(app, new DecideDueCompletions()));
        Assert.Equal(1, await CompletionTestData.OutboxCountAsync(app, nameof(SessionCompleted), world.Session.SessionId));
        Assert.Equal(4, await Sql.CountAsync(app.ConnectionString, $"SELECT count(*) FROM sessions.completions WHERE session_id = '{world.Session.SessionId}'"));

        // The completer's certificate is there for staff and for their private link; not for the others.
        var certificate = await CompletionTestData.SendAsync(app, new FindCertificateForApplication(byName["Jorge"].ApplicationId));
        Assert.Contains("Certificate of completion", await PdfText.ExtractAsync(certificate!.Content));
        Assert.Null(await CompletionTestData.SendAsync(app, new FindCertificateForApplication(byName["Li"].ApplicationId)));

        // Once decided, leaving is an override, not a withdrawal.
        await Assert.ThrowsAsync<ConflictException>(() => CompletionTestData.SendAsync(
            app, new WithdrawParticipant(byName["Dina"].ParticipantId, WithdrawalReason.FoundJob, null, world.Staff)));
    }

    [Fact]
    public async Task Staff_override_with_a_reason_flips_the_outcome_and_the_certificate_validity()
    {
        var clock = new ManualClock(CompletionTestData.BeforeStart);
        await using var app = new BootcampAppFactory(database.ConnectionString, settings: CompletionTestData.NoScheduler) { Clock = clock };
        var world = await CompletionTestData.DeliveredSessionAsync(app, clock);
        var dina = world.Session.Participants.Single(p => p.FirstName == "Dina");
        var amina = world.Session.Participants.Single(p => p.FirstName == "Amina");

        // Not before the decision.
        await Assert.ThrowsAsync<ConflictException>(() => CompletionTestData.SendAsync(
            app, new OverrideCompletion(dina.Id, CompletionOutcome.Completed, "Absences justifiées par un médecin", world.Staff)));

        clock.Set(CompletionTestData.DayAfterEnd);
        await CompletionTestData.SendAsync(app, new DecideDueCompletions());
        var before = await CompletionTestData.SendAsync(app, new GetSessionCompletion(world.Session.SessionId));
        var aminaCode = before.Participants.Single(p => p.ParticipantId == amina.Id).CertificateCode!;

        var noReason = await Assert.ThrowsAsync<ValidationFailedException>(() => CompletionTestData.SendAsync(
            app, new OverrideCompletion(dina.Id, CompletionOutcome.Completed, "  ", world.Staff)));
        Assert.Contains(nameof(OverrideCompletion.Reason), noReason.Errors.Keys);
        await Assert.ThrowsAsync<ValidationFailedException>(() => CompletionTestData.SendAsync(
            app, new OverrideCompletion(dina.Id, CompletionOutcome.Completed, new string('x', 501), world.Staff)));

        clock.Advance(TimeSpan.FromDays(2));
        await CompletionTestData.SendAsync(app, new OverrideCompletion(dina.Id, CompletionOutcome.Completed, "Absences justifiées par un médecin", world.Staff));
        await CompletionTestData.SendAsync(app, new OverrideCompletion(amina.Id, CompletionOutcome.NotCompleted, "Projet final copié", world.Staff));
        // Asking again for the outcome already in place changes nothing.
        await CompletionTestData.SendAsync(app, new OverrideCompletion(amina.Id, CompletionOutcome.NotCompleted, "Double clic", world.Staff));

        var after = await CompletionTestData.SendAsync(app, new GetSessionCompletion(world.Session.SessionId));
        var dinaRow = after.Participants.Single(p => p.ParticipantId == dina.Id);
        Assert.Equal((CompletionOutcome.Completed, CompletionOutcome.NotCompleted), (dinaRow.Outcome, dinaRow.RuleOutcome));
        Assert.Equal(("Absences justifiées par un médecin", "Sam Staff", CompletionTestData.DayAfterEnd.AddDays(2)),
            (dinaRow.OverrideReason, dinaRow.OverriddenByName, dinaRow.OverriddenAt));
        Assert.NotNull(dinaRow.CertificateCode);
        var aminaRow = after.Participants.Single(p => p.ParticipantId == amina.Id);
        Assert.Equal((CompletionOutcome.NotCompleted, CompletionOutcome.Completed, "Projet final copié"), (aminaRow.Outcome, aminaRow.RuleOutcome, aminaRow.OverrideReason));
        Assert.Null(aminaRow.CertificateCode);

        // Amina's certificate still exists but no longer stands; Dina's is new and valid.
        Assert.False((await CompletionTestData.SendAsync(app, new VerifyCertificate(aminaCode)))!.Valid);
        Assert.True((await CompletionTestData.SendAsync(app, new VerifyCertificate(dinaRow.CertificateCode!)))!.Valid);
        await Assert.ThrowsAsync<NotFoundException>(() => CompletionTestData.SendAsync(app, new GetCertificate(amina.Id)));
        Assert.Null(await CompletionTestData.SendAsync(app, new FindCertificateForApplication(amina.ApplicationId)));
        Assert.Contains("Attestation de réussite", await PdfText.ExtractAsync((await CompletionTestData.SendAsync(app, new GetCertificate(dina.Id))).Content));

        // Each change raised one CompletionChanged; the no-op raised none. The audit keeps every change.
        Assert.Equal(2, await CompletionTestData.OutboxCountAsync(app, nameof(CompletionChanged), world.Session.SessionId));
        Assert.Equal(2, await Sql.CountAsync(app.ConnectionString,
            $"SELECT count(*) FROM sessions.completion_overrides WHERE participant_id IN ('{amina.Id}', '{dina.Id}') AND decided_by = '{world.Staff}'"));

        // Back to completed: a new certificate with a new code; the revoked one stays revoked.
        await CompletionTestData.SendAsync(app, new OverrideCompletion(amina.Id, CompletionOutcome.Completed, "Erreur de notre part", world.Staff));
        var newCode = (await CompletionTestData.SendAsync(app, new GetSessionCompletion(world.Session.SessionId)))
            .Participants.Single(p => p.ParticipantId == amina.Id).CertificateCode!;
        Assert.NotEqual(aminaCode, newCode);
        Assert.False((await CompletionTestData.SendAsync(app, new VerifyCertificate(aminaCode)))!.Valid);
        Assert.True((await CompletionTestData.SendAsync(app, new VerifyCertificate(newCode)))!.Valid);
    }

    private static string[] Completers(SessionCompletionDto completion) =>
        [.. completion.Participants.Where(p => p.Outcome == CompletionOutcome.Completed).Select(p => p.FirstName).Order()];

    private static async Task<List<SessionCompleted>> SessionCompletedAsync(BootcampAppFactory app, Guid sessionId)
    {
        var events = new List<SessionCompleted>();
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT payload::text FROM sessions.outbox_messages WHERE type = 'Bootcamp.Sessions.Contracts.SessionCompleted' AND payload->>'sessionId' = @id",
            connection);
        command.Parameters.AddWithValue("id", sessionId.ToString());
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            events.Add(JsonSerializer.Deserialize<SessionCompleted>(reader.GetString(0), Json)!);
        }

        return events;
    }
}
