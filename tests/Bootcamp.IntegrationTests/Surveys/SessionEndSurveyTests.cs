using Bootcamp.Applications.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using Bootcamp.Surveys.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.IntegrationTests.Surveys;

/// <summary>After the end date: the post-survey and the anonymous evaluation for everyone still enrolled; evaluation rows
/// that lead back to nobody, comments hidden under five answers; pre → post change from real answers.</summary>
public sealed class SessionEndSurveyTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task SessionCompleted_mails_the_post_survey_and_the_evaluation_to_everyone_still_enrolled_in_their_language()
    {
        var clock = new ManualClock(CompletionTestData.BeforeStart);
        await using var app = SurveyTestData.App(database, clock);
        var session = await SurveyTestData.EnrolAsync(app, ("Amina", "Haddad", "fr-CA"), ("Jorge", "Ramírez", "en-CA"), ("Noor", "Khan", "en-CA"));
        var (amina, jorge, noor) = (Person(session, "Amina"), Person(session, "Jorge"), Person(session, "Noor"));
        await SurveyTestData.WithdrawAsync(app, noor.Id, await SurveyTestData.StaffAsync(app));

        // Nobody's attendance was taken, so nobody completed: the surveys still go to all who stayed.
        clock.Set(CompletionTestData.DayAfterEnd);
        Assert.Equal(1, await CompletionTestData.SendAsync(app, new DecideDueCompletions()));

        var post = await SurveyTestData.MailAsync(app, amina.Email, SurveyKind.PostProgramme);
        Assert.StartsWith("Votre formation est terminée : un questionnaire de 5 minutes", post.Subject, StringComparison.Ordinal);
        var evaluation = await SurveyTestData.MailAsync(app, amina.Email, SurveyKind.SessionEvaluation);
        Assert.StartsWith("Votre évaluation anonyme de Développement web", evaluation.Subject, StringComparison.Ordinal);
        Assert.Contains("jamais ce que vous avez dit", evaluation.TextBody, StringComparison.Ordinal);
        var englishEvaluation = await SurveyTestData.MailAsync(app, jorge.Email, SurveyKind.SessionEvaluation);
        Assert.StartsWith("Your anonymous evaluation of", englishEvaluation.Subject, StringComparison.Ordinal);
        await SurveyTestData.MailAsync(app, jorge.Email, SurveyKind.PostProgramme);
        Assert.Single(await SurveyTestData.MailsAsync(app, noor.Email, "surveys.invitation")); // the pre-survey only

        var postForm = await CompletionTestData.SendAsync(app, new GetSurveyByToken(SurveyTestData.TokenIn(post)));
        Assert.Equal((SurveyKind.PostProgramme, "Amina"), (postForm.Kind, postForm.FirstName));
        Assert.Equal(CompletionTestData.DayAfterEnd.AddDays(30), postForm.ClosesAt);
        Assert.Contains(postForm.Questions, q => q.TextFr == "Combien d'offres d'emploi avez-vous reçues depuis le début de la formation ?");
        var evaluationForm = await CompletionTestData.SendAsync(app, new GetSurveyByToken(SurveyTestData.TokenIn(englishEvaluation)));
        Assert.Equal((SurveyKind.SessionEvaluation, "en-CA"), (evaluationForm.Kind, evaluationForm.PreferredLanguage));
        Assert.Empty(evaluationForm.Questions);

        var rates = (await CompletionTestData.SendAsync(app, new GetSessionSurveys(session.SessionId))).Rates.ToDictionary(r => r.Kind);
        Assert.Equal((3, 2, 2), (rates[SurveyKind.PreProgramme].Invited, rates[SurveyKind.PostProgramme].Invited, rates[SurveyKind.SessionEvaluation].Invited));

        // A redelivered event sends nothing more.
        Assert.Equal(0, await CompletionTestData.SendAsync(app, new DecideDueCompletions()));
        Assert.Single(await SurveyTestData.MailsAsync(app, amina.Email, "surveys.invitation", SurveyKind.PostProgramme));
    }

    [Fact]
    public async Task Evaluations_keep_no_link_to_the_person_and_comments_appear_only_from_five_answers()
    {
        var clock = new ManualClock(CompletionTestData.BeforeStart);
        await using var app = SurveyTestData.App(database, clock);
        var session = await SurveyTestData.EnrolAsync(app,
            ("Amina", "Haddad", "fr-CA"), ("Jorge", "Ramírez", "en-CA"), ("Dina", "Petrova", "fr-CA"), ("Li", "Wei", "en-CA"),
            ("Noor", "Khan", "en-CA"), ("Omar", "Said", "fr-CA"));
        clock.Set(CompletionTestData.DayAfterEnd);
        await CompletionTestData.SendAsync(app, new DecideDueCompletions());
        var tokens = new List<string>();
        foreach (var person in session.Participants.OrderBy(p => p.FirstName, StringComparer.Ordinal))
        {
            tokens.Add(await SurveyTestData.TokenAsync(app, person.Email, SurveyKind.SessionEvaluation));
        }

        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => CompletionTestData.SendAsync(app, new SubmitEvaluation(
            tokens[0], new Dictionary<string, int> { ["structure"] = 0, ["pace"] = 6 }, new string('x', 2001))));
        Assert.Contains("Ratings[structure]", invalid.Errors.Keys);
        Assert.Contains("Ratings[curriculum]", invalid.Errors.Keys); // missing
        Assert.Contains("Comment", invalid.Errors.Keys);
        // A survey link is not the evaluation's, and the other way round.
        await Assert.ThrowsAsync<NotFoundException>(() => CompletionTestData.SendAsync(app, new SaveSurveyAnswers(tokens[0], [], Submit: false)));

        for (var i = 0; i < 4; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(7));
            await CompletionTestData.SendAsync(app, new SubmitEvaluation(tokens[i], SurveyLinkTests.Ratings(2 + (i % 3)), $"Commentaire secret {i}"));
        }

        var twice = await Assert.ThrowsAsync<ConflictException>(() => CompletionTestData.SendAsync(app, new SubmitEvaluation(tokens[0], SurveyLinkTests.Ratings(5), null)));
        Assert.Equal("You have already sent your evaluation of this session: thank you! It is anonymous, so it cannot be changed.", twice.Message);

        var four = await CompletionTestData.SendAsync(app, new GetSessionEvaluation(session.SessionId));
        Assert.Equal((6, 4, true), (four.Invited, four.Responses, four.BelowThreshold));
        Assert.Empty(four.Comments);
        Assert.Equal(2.75m, four.AverageRatings[EvaluationQuestions.Structure]); // 2, 3, 4, 2

        await CompletionTestData.SendAsync(app, new SubmitEvaluation(tokens[4], SurveyLinkTests.Ratings(5), "Commentaire secret 4"));
        var five = await CompletionTestData.SendAsync(app, new GetSessionEvaluation(session.SessionId));
        Assert.Equal((5, false), (five.Responses, five.BelowThreshold));
        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"Commentaire secret {i}"), five.Comments.Order(StringComparer.Ordinal));

        // The table has nothing that leads back to a person: no person or invitation column, no foreign key, a date only.
        var columns = await ColumnsAsync(app, "session_evaluations");
        Assert.Equal(
            ["comment:text", "curriculum:integer", "id:uuid", "instructors:integer", "pace:integer", "session_id:uuid", "structure:integer", "submitted_on:date", "support:integer"],
            columns);
        Assert.Equal(0, await Sql.CountAsync(app.ConnectionString,
            "SELECT count(*) FROM information_schema.table_constraints WHERE table_schema = 'surveys' AND table_name = 'session_evaluations' AND constraint_type = 'FOREIGN KEY'"));
        Assert.Equal(0, await Sql.CountAsync(app.ConnectionString, "SELECT count(*) FROM surveys.session_evaluations WHERE comment LIKE '%secret%'"));
        // Nor does PostgreSQL's transaction stamp: every evaluation and every answered invitation carry the same one.
        Assert.Equal(1, await Sql.CountAsync(app.ConnectionString, $"""
            SELECT count(DISTINCT x) FROM (
                SELECT xmin::text AS x FROM surveys.session_evaluations WHERE session_id = '{session.SessionId}'
                UNION ALL
                SELECT xmin::text FROM surveys.invitations WHERE session_id = '{session.SessionId}' AND kind = 'SessionEvaluation' AND answered_at IS NOT NULL) stamps
            """));
        // The invitations record only the day they were answered, the same for all five.
        Assert.Equal(1, await Sql.CountAsync(app.ConnectionString,
            $"SELECT count(DISTINCT answered_at) FROM surveys.invitations WHERE session_id = '{session.SessionId}' AND kind = 'SessionEvaluation' AND answered_at IS NOT NULL"));
        Assert.Equal(5, (await CompletionTestData.SendAsync(app, new GetSessionSurveys(session.SessionId))).Rates.Single(r => r.Kind == SurveyKind.SessionEvaluation).Answered);
    }

    [Fact]
    public async Task Skill_change_pairs_the_people_who_answered_both_surveys()
    {
        var clock = new ManualClock(CompletionTestData.BeforeStart);
        await using var app = SurveyTestData.App(database, clock);
        var session = await SurveyTestData.EnrolAsync(app, ("Amina", "Haddad", "fr-CA"), ("Jorge", "Ramírez", "en-CA"), ("Li", "Wei", "en-CA"));
        var (amina, jorge, li) = (Person(session, "Amina"), Person(session, "Jorge"), Person(session, "Li"));
        await SurveyTestData.SubmitAsync(app, await SurveyTestData.TokenAsync(app, amina.Email, SurveyKind.PreProgramme), _ => 1, knowsAnswers: false);
        await SurveyTestData.SubmitAsync(app, await SurveyTestData.TokenAsync(app, jorge.Email, SurveyKind.PreProgramme), a => a == "react" ? 1 : 2);
        await SurveyTestData.SubmitAsync(app, await SurveyTestData.TokenAsync(app, li.Email, SurveyKind.PreProgramme), _ => 3);

        clock.Set(CompletionTestData.DayAfterEnd);
        await CompletionTestData.SendAsync(app, new DecideDueCompletions());
        await SurveyTestData.SubmitAsync(app, await SurveyTestData.TokenAsync(app, amina.Email, SurveyKind.PostProgramme), _ => 4);
        await SurveyTestData.SubmitAsync(app, await SurveyTestData.TokenAsync(app, jorge.Email, SurveyKind.PostProgramme), a => a == "react" ? 1 : 3);
        // Li answered only before; a post-survey started but not submitted does not count either.
        var liPost = await SurveyTestData.TokenAsync(app, li.Email, SurveyKind.PostProgramme);
        var liForm = await CompletionTestData.SendAsync(app, new GetSurveyByToken(liPost));
        await CompletionTestData.SendAsync(app, new SaveSurveyAnswers(liPost, [new AnswerInput(liForm.Questions[0].Id, "5")], Submit: false));

        var change = await CompletionTestData.SendAsync(app, new GetSessionSkillChange(session.SessionId));

        Assert.Equal(["Haddad", "Ramírez"], change.Participants.Select(p => p.LastName).ToArray());
        var aminaChange = change.Participants[0];
        Assert.All(aminaChange.Skills, s => Assert.Equal((1, 4, 3), (s.Pre, s.Post, s.Change)));
        Assert.Equal((0m, 1m), (aminaChange.KnowledgePre, aminaChange.KnowledgePost));
        Assert.Equal(2, change.Summary.Paired);
        var html = change.Summary.Skills.Single(s => s.SkillArea == "html-css");
        Assert.Equal((2, 1.5m, 3.5m, 1m), (html.Paired, html.AveragePre, html.AveragePost, html.ImprovedShare));
        Assert.Equal((1, 1), (html.Distribution[3], html.Distribution[1]));
        var react = change.Summary.Skills.Single(s => s.SkillArea == "react");
        Assert.Equal(0.5m, react.ImprovedShare);
        Assert.Equal((1, 1), (react.Distribution[0], react.Distribution[3]));
        Assert.Equal((0.5m, 1m), (change.Summary.AverageKnowledgePre, change.Summary.AverageKnowledgePost));

        // Only Applications' consent ledger says who is counted (issue 18, item 7).
        foreach (var person in new[] { amina, jorge, li })
        {
            await ApplicationAsync(app, person, session.SessionId);
        }

        var summary = await CompletionTestData.SendAsync(app, new GetSkillChangeSummary([session.SessionId, Guid.NewGuid()]));
        Assert.Equal(2, summary.Paired);
        Assert.Equal(html.AveragePost, summary.Skills.Single(s => s.SkillArea == "html-css").AveragePost);

        // Withdrawing consent to aggregate reporting takes Jorge out of what Reporting reads; staff still see him.
        await Sql.ExecuteAsync(app.ConnectionString,
            $"UPDATE applications.consents SET withdrawn_at = now() WHERE application_id = '{jorge.ApplicationId}' AND purpose = 'AggregateReporting'");
        var withoutJorge = await CompletionTestData.SendAsync(app, new GetSkillChangeSummary([session.SessionId]));
        Assert.Equal((1, 4m), (withoutJorge.Paired, withoutJorge.Skills.Single(s => s.SkillArea == "html-css").AveragePost));
        Assert.Equal(2, (await CompletionTestData.SendAsync(app, new GetSessionSkillChange(session.SessionId))).Summary.Paired);

        // Given again, a new line of the ledger: he counts again at once, with no copy anywhere to update.
        await ConsentLineAsync(app, jorge.ApplicationId);
        Assert.Equal(2, (await CompletionTestData.SendAsync(app, new GetSkillChangeSummary([session.SessionId]))).Paired);
    }

    /// <summary>The application behind a test participant (enrolled here without the form) with its consent to
    /// aggregate reporting, as the form records it.</summary>
    private static async Task ApplicationAsync(BootcampAppFactory app, ParticipantDto person, Guid sessionId)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Bootcamp.Applications.Persistence.ApplicationsDbContext>();
            db.Applications.Add(new Bootcamp.Applications.Persistence.Application
            {
                Id = person.ApplicationId, SessionId = sessionId, Category = ApplicantCategory.Newcomer, Status = ApplicationStatus.Confirmed,
                FirstName = person.FirstName, LastName = person.LastName, Email = person.Email, PreferredLanguage = "fr-CA",
                ProtectedProfile = "", IdempotencyKey = Guid.NewGuid().ToString(),
                SubmittedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        await ConsentLineAsync(app, person.ApplicationId);
    }

    /// <summary>A new granted line of the ledger, as the form or the private link records one.</summary>
    private static Task ConsentLineAsync(BootcampAppFactory app, Guid applicationId) =>
        Sql.ExecuteAsync(app.ConnectionString, $"""
            INSERT INTO applications.consents (id, application_id, purpose, text_version, granted, recorded_at)
            VALUES (gen_random_uuid(), '{applicationId}', 'AggregateReporting', 'test', true, clock_timestamp())
            """);

    internal static async Task<string[]> ColumnsAsync(BootcampAppFactory app, string table)
    {
        var columns = new List<string>();
        await using var connection = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT column_name || ':' || data_type FROM information_schema.columns WHERE table_schema = 'surveys' AND table_name = @t ORDER BY column_name", connection);
        command.Parameters.AddWithValue("t", table);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return [.. columns];
    }

    private static ParticipantDto Person(EnrolledSession session, string first) => session.Participants.Single(p => p.FirstName == first);
}
