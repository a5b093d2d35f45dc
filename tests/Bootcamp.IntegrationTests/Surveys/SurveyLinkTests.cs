using System.Security.Cryptography;
using System.Text;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Privacy;
using Bootcamp.Surveys.Contracts;
using MediatR;

namespace Bootcamp.IntegrationTests.Surveys;

/// <summary>
/// Enrolment mails the pre-survey in the person's language with a private link; the link opens that person's
/// survey and nothing else; unknown, expired, replaced and misused links are the same NotFound that says nothing.
/// </summary>
public sealed class SurveyLinkTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Enrolment_mails_the_pre_survey_in_each_persons_language_with_a_link_whose_token_only_is_hashed()
    {
        var clock = new ManualClock(CompletionTestData.BeforeStart);
        await using var app = SurveyTestData.App(database, clock);
        var session = await SurveyTestData.EnrolAsync(app, ("Amina", "Haddad", "fr-CA"), ("Jorge", "Ramírez", "en-CA"));
        var amina = session.Participants.Single(p => p.FirstName == "Amina");
        var jorge = session.Participants.Single(p => p.FirstName == "Jorge");

        var french = await SurveyTestData.MailAsync(app, amina.Email, SurveyKind.PreProgramme);
        Assert.Equal("fr-CA", french.Culture);
        Assert.StartsWith("Avant votre formation : un questionnaire de 5 minutes — Développement web", french.Subject, StringComparison.Ordinal);
        Assert.Contains("Bonjour Amina,", french.TextBody, StringComparison.Ordinal);
        Assert.Contains("Il fonctionne jusqu'au mercredi 17 février 2027.", french.TextBody, StringComparison.Ordinal);
        var english = await SurveyTestData.MailAsync(app, jorge.Email, SurveyKind.PreProgramme);
        Assert.Equal("en-CA", english.Culture);
        Assert.StartsWith("Before your programme: a 5-minute survey — Développement web", english.Subject, StringComparison.Ordinal);
        Assert.Contains("Hello Jorge,", english.TextBody, StringComparison.Ordinal);

        var aminaToken = SurveyTestData.TokenIn(french);
        Assert.True(Encoding.ASCII.GetByteCount(aminaToken) * 6 >= 256, "the token carries at least 128 bits");
        var form = await CompletionTestData.SendAsync(app, new GetSurveyByToken(aminaToken));
        Assert.Equal((SurveyKind.PreProgramme, "Amina", "fr-CA", false), (form.Kind, form.FirstName, form.PreferredLanguage, form.Submitted));
        Assert.StartsWith("Développement web — hiver 2027", form.SessionTitle, StringComparison.Ordinal);
        Assert.Equal(11, form.Questions.Count);
        Assert.Equal(5, form.Questions.Count(q => q.Type == QuestionType.SkillRating));
        Assert.Contains(form.Questions, q => q.TextFr == "Quelle est votre situation actuelle ?" && q.TextEn == "What is your current situation?");
        Assert.Empty(form.Answers);
        // The pre-survey stays open until the end of the last evening's day in Montréal.
        Assert.Equal(new DateTimeOffset(2027, 2, 18, 5, 0, 0, TimeSpan.Zero), form.ClosesAt);

        var jorgeForm = await CompletionTestData.SendAsync(app, new GetSurveyByToken(SurveyTestData.TokenIn(english)));
        Assert.Equal(("Jorge", "en-CA"), (jorgeForm.FirstName, jorgeForm.PreferredLanguage));

        // Only the SHA-256 of the token is stored, never the token.
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(aminaToken))).ToLowerInvariant();
        Assert.Equal(1, await Sql.CountAsync(app.ConnectionString,
            $"SELECT count(*) FROM surveys.invitations WHERE token_hash = '\\x{hash}'::bytea AND participant_id = '{amina.Id}' AND kind = 'PreProgramme'"));
        Assert.Equal(0, await Sql.CountAsync(app.ConnectionString,
            $"SELECT count(*) FROM surveys.invitations i WHERE row_to_json(i)::text LIKE '%{aminaToken}%'"));
        Assert.Equal(2, await Sql.CountAsync(app.ConnectionString, $"SELECT count(*) FROM surveys.invitations WHERE session_id = '{session.SessionId}'"));
    }

    [Fact]
    public async Task Wrong_expired_replaced_and_misused_tokens_are_the_same_NotFound_that_reveals_nothing()
    {
        var clock = new ManualClock(CompletionTestData.BeforeStart);
        await using var app = SurveyTestData.App(database, clock);
        var session = await SurveyTestData.EnrolAsync(app, ("Amina", "Haddad", "fr-CA"), ("Jorge", "Ramírez", "en-CA"));
        var amina = session.Participants.Single(p => p.FirstName == "Amina");
        var jorge = session.Participants.Single(p => p.FirstName == "Jorge");
        var aminaToken = await SurveyTestData.TokenAsync(app, amina.Email, SurveyKind.PreProgramme);
        var jorgeToken = await SurveyTestData.TokenAsync(app, jorge.Email, SurveyKind.PreProgramme);

        var messages = new List<string>();
        async Task RefusedAsync<T>(IRequest<T> request) =>
            messages.Add((await Assert.ThrowsAsync<NotFoundException>(() => CompletionTestData.SendAsync(app, request))).Message);

        // Wrong: made up, empty, absurdly long, one character off.
        await RefusedAsync(new GetSurveyByToken(SensitiveData.NewToken()));
        await RefusedAsync(new GetSurveyByToken(""));
        await RefusedAsync(new GetSurveyByToken(new string('a', 5000)));
        await RefusedAsync(new GetSurveyByToken(aminaToken[..^1] + (aminaToken[^1] == 'A' ? 'B' : 'A')));
        await RefusedAsync(new SaveSurveyAnswers(SensitiveData.NewToken(), [], Submit: false));
        await RefusedAsync(new SubmitEvaluation(SensitiveData.NewToken(), Ratings(4), null));

        // Another person's survey: a pre-survey link is not an evaluation link, and Jorge's answers never reach Amina's.
        await RefusedAsync(new SubmitEvaluation(aminaToken, Ratings(4), null));
        var form = await CompletionTestData.SendAsync(app, new GetSurveyByToken(jorgeToken));
        var teamwork = form.Questions.Single(q => q.SkillArea == "teamwork");
        await CompletionTestData.SendAsync(app, new SaveSurveyAnswers(jorgeToken, [new AnswerInput(teamwork.Id, "4")], Submit: false));
        Assert.Empty((await CompletionTestData.SendAsync(app, new GetSurveyByToken(aminaToken))).Answers);
        Assert.Equal("Jorge", (await CompletionTestData.SendAsync(app, new GetSurveyByToken(jorgeToken))).FirstName);

        // Replaced: after a staff resend the new link and the one before it both open the same answers (the person may
        // have the first mail open); after a second resend the first link stops working.
        var invitation = (await CompletionTestData.SendAsync(app, new GetSessionSurveys(session.SessionId)))
            .Invitations.Single(i => i.ParticipantId == jorge.Id && i.Kind == SurveyKind.PreProgramme);
        Assert.Equal(InvitationStatus.Started, invitation.Status);
        await CompletionTestData.SendAsync(app, new ResendInvitation(invitation.Id));
        var newToken = SurveyTestData.TokenIn(await SurveyTestData.MailAsync(app, jorge.Email, SurveyKind.PreProgramme, count: 2));
        Assert.NotEqual(jorgeToken, newToken);
        Assert.Equal("4", (await CompletionTestData.SendAsync(app, new GetSurveyByToken(jorgeToken))).Answers[teamwork.Id]);
        await CompletionTestData.SendAsync(app, new ResendInvitation(invitation.Id));
        var newest = SurveyTestData.TokenIn(await SurveyTestData.MailAsync(app, jorge.Email, SurveyKind.PreProgramme, count: 3));
        await RefusedAsync(new GetSurveyByToken(jorgeToken));
        await RefusedAsync(new SaveSurveyAnswers(jorgeToken, [new AnswerInput(teamwork.Id, "5")], Submit: false));
        Assert.Equal("4", (await CompletionTestData.SendAsync(app, new GetSurveyByToken(newToken))).Answers[teamwork.Id]);
        Assert.Equal("4", (await CompletionTestData.SendAsync(app, new GetSurveyByToken(newest))).Answers[teamwork.Id]);

        // Expired: past the closing date nothing opens any more.
        var closesAt = (await CompletionTestData.SendAsync(app, new GetSurveyByToken(aminaToken))).ClosesAt;
        clock.Set(closesAt.AddSeconds(-1));
        await CompletionTestData.SendAsync(app, new GetSurveyByToken(aminaToken));
        clock.Set(closesAt);
        await RefusedAsync(new GetSurveyByToken(aminaToken));
        await RefusedAsync(new SaveSurveyAnswers(aminaToken, [], Submit: true));

        Assert.Single(messages.Distinct(StringComparer.Ordinal));
        Assert.DoesNotContain("expir", messages[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Partial_answers_are_kept_submit_checks_required_questions_and_a_second_submit_edits_the_one_response()
    {
        var clock = new ManualClock(CompletionTestData.BeforeStart);
        await using var app = SurveyTestData.App(database, clock);
        var session = await SurveyTestData.EnrolAsync(app, ("Dina", "Petrova", "fr-CA"));
        var dina = session.Participants.Single();
        var token = await SurveyTestData.TokenAsync(app, dina.Email, SurveyKind.PreProgramme);
        var form = await CompletionTestData.SendAsync(app, new GetSurveyByToken(token));
        var skills = form.Questions.Where(q => q.Type == QuestionType.SkillRating).ToList();
        var status = form.Questions.Single(q => q.Type == QuestionType.EmploymentChoice);
        var offers = form.Questions.Single(q => q.Type == QuestionType.EmploymentNumber);
        var knowledge = form.Questions.First(q => q.Type == QuestionType.Knowledge);
        var text = form.Questions.Single(q => q.Type == QuestionType.FreeText);

        // Shape is checked even for a partial save, and nothing of a refused save is kept.
        var shape = await Assert.ThrowsAsync<ValidationFailedException>(() => CompletionTestData.SendAsync(app, new SaveSurveyAnswers(token,
            [new AnswerInput(skills[0].Id, "7"), new AnswerInput(status.Id, "astronaut"), new AnswerInput(offers.Id, "-1"),
             new AnswerInput(text.Id, new string('x', 2001)), new AnswerInput(Guid.NewGuid(), "3"), new AnswerInput(skills[1].Id, "2")], Submit: false)));
        Assert.Equal(5, shape.Errors.Count);
        Assert.Equal("Choose a rating from 1 to 5.", shape.Errors[skills[0].Id.ToString()].Single());
        Assert.Empty((await CompletionTestData.SendAsync(app, new GetSurveyByToken(token))).Answers);

        await CompletionTestData.SendAsync(app, new SaveSurveyAnswers(token,
            [new AnswerInput(skills[0].Id, "2"), new AnswerInput(text.Id, "  Trouver un emploi en développement web, phrase-secrète-77  ")], Submit: false));
        var partial = await CompletionTestData.SendAsync(app, new GetSurveyByToken(token));
        Assert.False(partial.Submitted);
        Assert.Equal("2", partial.Answers[skills[0].Id]);
        Assert.Equal("Trouver un emploi en développement web, phrase-secrète-77", partial.Answers[text.Id]);
        // Free text is encrypted at rest.
        Assert.Equal(0, await Sql.CountAsync(app.ConnectionString, "SELECT count(*) FROM surveys.answers WHERE value LIKE '%phrase-secrète-77%'"));

        var missing = await Assert.ThrowsAsync<ValidationFailedException>(() => CompletionTestData.SendAsync(app, new SaveSurveyAnswers(token, [], Submit: true)));
        Assert.Equal(
            skills.Skip(1).Select(q => q.Id.ToString()).Append(status.Id.ToString()).Order(StringComparer.Ordinal),
            missing.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(missing.Errors.Values, e => Assert.Equal("Please answer this question.", e.Single()));
        Assert.False((await CompletionTestData.SendAsync(app, new GetSurveyByToken(token))).Submitted);

        clock.Advance(TimeSpan.FromHours(1));
        var rest = skills.Skip(1).Select(q => new AnswerInput(q.Id, "1"))
            .Append(new AnswerInput(status.Id, "seeking")).Append(new AnswerInput(offers.Id, "0")).Append(new AnswerInput(knowledge.Id, knowledge.Choices[0].Key));
        await CompletionTestData.SendAsync(app, new SaveSurveyAnswers(token, [.. rest], Submit: true));
        var submitted = await CompletionTestData.SendAsync(app, new GetSurveyByToken(token));
        Assert.True(submitted.Submitted);
        Assert.Equal(9, submitted.Answers.Count);

        // Editable until it closes: a second submit changes the same response, it does not add one.
        clock.Advance(TimeSpan.FromDays(2));
        await CompletionTestData.SendAsync(app, new SaveSurveyAnswers(token, [new AnswerInput(skills[0].Id, "3"), new AnswerInput(text.Id, "")], Submit: true));
        var edited = await CompletionTestData.SendAsync(app, new GetSurveyByToken(token));
        Assert.Equal(("3", 8), (edited.Answers[skills[0].Id], edited.Answers.Count));
        Assert.Equal(8, await Sql.CountAsync(app.ConnectionString, $"SELECT count(*) FROM surveys.answers a JOIN surveys.invitations i ON i.id = a.invitation_id WHERE i.participant_id = '{dina.Id}'"));
        // Once submitted, a required answer cannot be taken back.
        await Assert.ThrowsAsync<ValidationFailedException>(() => CompletionTestData.SendAsync(app, new SaveSurveyAnswers(token, [new AnswerInput(status.Id, " ")], Submit: false)));

        var surveys = await CompletionTestData.SendAsync(app, new GetSessionSurveys(session.SessionId));
        var invitation = Assert.Single(surveys.Invitations);
        Assert.Equal((InvitationStatus.Answered, CompletionTestData.BeforeStart.AddHours(1)), (invitation.Status, invitation.AnsweredAt));
        Assert.Equal(1m, surveys.Rates.Single(r => r.Kind == SurveyKind.PreProgramme).Rate);
        Assert.Null(surveys.Rates.Single(r => r.Kind == SurveyKind.PostProgramme).Rate);
    }

    internal static Dictionary<string, int> Ratings(int rating) => EvaluationQuestions.Ratings.ToDictionary(k => k, _ => rating);
}
