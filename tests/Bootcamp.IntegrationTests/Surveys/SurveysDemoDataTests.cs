using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.DemoData;
using Bootcamp.Surveys.Contracts;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Surveys;

/// <summary>A first start with demo data has survey results for ended sessions, one evaluation under the threshold, a
/// running session with answered and pending pre-surveys; a second start adds nothing.</summary>
public sealed class SurveysDemoDataTests
{
    // Thursday 1 October 2026: the fall 2026 session is under way, earlier ones are over.
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 16, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 10, 1);

    [Fact]
    public async Task Demo_data_has_paired_results_evaluations_on_both_sides_of_the_threshold_and_pending_pre_surveys()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync(nameof(SurveysDemoDataTests));
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
            var ended = sessions.Where(s => s.EndDate < Today).OrderBy(s => s.StartDate).ToList();
            Assert.NotEmpty(ended);
            var evaluations = new List<SessionEvaluationDto>();
            foreach (var session in ended)
            {
                var change = await mediator.Send(new GetSessionSkillChange(session.Id));
                var surveys = await mediator.Send(new GetSessionSurveys(session.Id));
                var pre = surveys.Rates.Single(r => r.Kind == SurveyKind.PreProgramme);
                Assert.True(change.Summary.Paired > 0 && change.Summary.Paired < pre.Answered, $"{session.Title}: {change.Summary.Paired} paired of {pre.Answered}");
                Assert.All(change.Summary.Skills, s => Assert.True(s.AveragePost >= s.AveragePre));
                evaluations.Add(await mediator.Send(new GetSessionEvaluation(session.Id)));
            }

            Assert.True(evaluations[^1].BelowThreshold);
            Assert.Empty(evaluations[^1].Comments);
            Assert.Contains(evaluations, e => !e.BelowThreshold && e.Comments.Count > 0);
            Assert.Equal(3, (await mediator.Send(new GetInterviewNotes(ended[^1].Id))).Count);

            var running = Assert.Single(sessions, s => s.StartDate <= Today && s.EndDate >= Today);
            var invitations = (await mediator.Send(new GetSessionSurveys(running.Id))).Invitations;
            Assert.Contains(invitations, i => i.Status == InvitationStatus.Answered);
            Assert.Contains(invitations, i => i.Status == InvitationStatus.Started);
            Assert.Contains(invitations, i => i.Status == InvitationStatus.Sent);

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
        await Sql.CountAsync(connectionString, "SELECT count(*) FROM surveys.invitations"),
        await Sql.CountAsync(connectionString, "SELECT count(*) FROM surveys.answers"),
        await Sql.CountAsync(connectionString, "SELECT count(*) FROM surveys.session_evaluations"),
        await Sql.CountAsync(connectionString, "SELECT count(*) FROM surveys.interview_notes"));
}
