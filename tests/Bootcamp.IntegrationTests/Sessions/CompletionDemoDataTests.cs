using Bootcamp.Placements.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.DemoData;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Sessions;

/// <summary>A fresh first start with demo data has ended sessions decided, staff withdrawals (one lead for Placements)
/// and certificates for completers; a second start adds nothing.</summary>
public sealed class CompletionDemoDataTests
{
    // Thursday 1 October 2026: the fall 2026 session is under way, earlier ones are over.
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 16, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 10, 1);

    [Fact]
    public async Task Demo_data_decides_ended_sessions_records_withdrawals_and_is_idempotent()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(nameof(CompletionDemoDataTests));
        try
        {
            await using var app = new BootcampAppFactory(connectionString, settings: new Dictionary<string, string?>
            {
                ["Bootcamp:DemoData:Enabled"] = "true",
                ["Jobs:Enabled"] = "false",
            }) { Clock = new ManualClock(Now) };
            await using var scope = app.Services.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();

            var sessions = (await mediator.Send(new GetSessions(1, Paging.MaxPageSize))).Items;
            var past = sessions.Where(s => s.EndDate < Today).ToList();
            Assert.NotEmpty(past);
            foreach (var session in past)
            {
                var completion = await mediator.Send(new GetSessionCompletion(session.Id));
                Assert.NotNull(completion.DecidedAt);
                Assert.NotEmpty(completion.Participants);
                Assert.All(completion.Participants, p => Assert.Equal(p.Outcome == CompletionOutcome.Completed, p.CertificateCode is not null));
                Assert.All(completion.Participants.Where(p => p.OverrideReason is null), p => Assert.Equal(p.RuleOutcome, p.Outcome));
            }

            Assert.All(sessions.Where(s => s.EndDate >= Today), s => Assert.Equal(0, Sql.CountAsync(connectionString,
                $"SELECT count(*) FROM sessions.completions WHERE session_id = '{s.Id}'").Result));

            var running = Assert.Single(sessions, s => s.StartDate <= Today && s.EndDate >= Today);
            var withdrawn = (await mediator.Send(new GetRoster(running.Id))).Where(p => p.Status == ParticipantStatus.Withdrawn).ToList();
            Assert.Equal([WithdrawalReason.FoundJob, WithdrawalReason.Family], withdrawn.Select(p => p.WithdrawalReason!.Value).Order());
            Assert.All(withdrawn, p => Assert.NotNull(p.WithdrawalNote));
            var lead = Assert.Single(await Eventually.MatchesAsync(() => mediator.Send(new GetPlacementLeads(running.Id)), l => l.Count > 0));
            Assert.Equal(withdrawn.Single(p => p.WithdrawalReason == WithdrawalReason.FoundJob).Id, lead.ParticipantId);

            var counts = await CountsAsync(connectionString);
            await scope.ServiceProvider.GetRequiredService<DemoDataRunner>().RunAsync();
            Assert.Equal(counts, await CountsAsync(connectionString));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    private static async Task<(long, long, long, long)> CountsAsync(string connectionString) => (
        await Sql.CountAsync(connectionString, "SELECT count(*) FROM sessions.completions"),
        await Sql.CountAsync(connectionString, "SELECT count(*) FROM sessions.certificates"),
        await Sql.CountAsync(connectionString, "SELECT count(*) FROM sessions.completion_overrides"),
        await Sql.CountAsync(connectionString, "SELECT count(*) FROM sessions.participants WHERE status = 'Withdrawn'"));
}
