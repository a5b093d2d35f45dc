using System.Globalization;
using Bootcamp.Shared.Contracts;
using Bootcamp.Surveys.Contracts;

namespace Bootcamp.IntegrationTests.Surveys;

/// <summary>Versioned questionnaires (edited in place until answered, a new version after) and staff interview notes.</summary>
public sealed class QuestionnaireAndNoteTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_questionnaire_is_edited_in_place_until_answered_then_saved_as_the_next_version()
    {
        var clock = new ManualClock(CompletionTestData.BeforeStart);
        await using var app = SurveyTestData.App(database, clock);
        var session = await SurveyTestData.EnrolAsync(app, ("Amina", "Haddad", "fr-CA"));
        var token = await SurveyTestData.TokenAsync(app, session.Participants[0].Email, SurveyKind.PreProgramme);

        var current = await CompletionTestData.SendAsync(app, new GetQuestionnaires(session.TrackId));
        Assert.Equal([(SurveyKind.PreProgramme, 1), (SurveyKind.PostProgramme, 1)], current.Select(q => (q.Kind, q.Version)).ToArray());
        var pre = current[0];
        Assert.False(pre.Answered);
        Assert.Equal(["git-github", "html-css", "javascript", "react", "teamwork"], pre.Questions.Where(q => q.SkillArea != null).Select(q => q.SkillArea!).Order(StringComparer.Ordinal));
        Assert.Equal(3, pre.Questions.Count(q => q.Type == QuestionType.Knowledge && q.Choices.Any(c => c.Key == q.CorrectChoice)));

        // Clear messages, in the reader's language.
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-CA");
        ValidationFailedException invalid;
        try
        {
            invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => CompletionTestData.SendAsync(app, new SaveQuestionnaire(session.TrackId, SurveyKind.PreProgramme,
            [
                new QuestionInput(QuestionType.SkillRating, "HTML ?", "", null, null, null, true),
                new QuestionInput(QuestionType.Knowledge, "Balise ?", "Tag?", null, [new ChoiceDto("a", "a", "a"), new ChoiceDto("a", "b", "b")], "z", false),
            ])));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        Assert.Equal("Rédigez la question en français et en anglais.", invalid.Errors["Questions[0].TextEn"].Single());
        Assert.Equal("Une autoévaluation doit indiquer un domaine de compétence (la même clé avant et après la formation).", invalid.Errors["Questions[0].SkillArea"].Single());
        Assert.Equal("Chaque choix doit avoir sa propre clé.", invalid.Errors["Questions[1].Choices"].Single());
        Assert.Equal("Une question de connaissances doit indiquer sa bonne réponse, parmi ses choix.", invalid.Errors["Questions[1].CorrectChoice"].Single());

        QuestionInput[] edited =
        [
            new(QuestionType.SkillRating, "HTML et CSS ?", "HTML & CSS?", "html-css", null, null, true),
            new(QuestionType.Knowledge, "Balise de lien ?", "Link tag?", null, [new ChoiceDto("a", "<a>", "<a>"), new ChoiceDto("p", "<p>", "<p>")], "a", false),
        ];
        Assert.Equal(pre.Id, await CompletionTestData.SendAsync(app, new SaveQuestionnaire(session.TrackId, SurveyKind.PreProgramme, edited)));
        var form = await CompletionTestData.SendAsync(app, new GetSurveyByToken(token));
        Assert.Equal(["HTML et CSS ?", "Balise de lien ?"], form.Questions.Select(q => q.TextFr).ToArray());

        await CompletionTestData.SendAsync(app, new SaveSurveyAnswers(token, [new AnswerInput(form.Questions[0].Id, "3")], Submit: false));
        var second = await CompletionTestData.SendAsync(app, new SaveQuestionnaire(session.TrackId, SurveyKind.PreProgramme, [edited[0]]));
        Assert.NotEqual(pre.Id, second);

        var v1 = await CompletionTestData.SendAsync(app, new GetQuestionnaire(pre.Id));
        Assert.Equal((1, true, 2), (v1.Version, v1.Answered, v1.Questions.Count));
        var v2 = await CompletionTestData.SendAsync(app, new GetQuestionnaire(second));
        Assert.Equal((2, false, 1), (v2.Version, v2.Answered, v2.Questions.Count));
        Assert.Equal(second, (await CompletionTestData.SendAsync(app, new GetQuestionnaires(session.TrackId)))[0].Id);
        // Amina keeps answering the version she was invited to.
        Assert.Equal(2, (await CompletionTestData.SendAsync(app, new GetSurveyByToken(token))).Questions.Count);
        await Assert.ThrowsAsync<ValidationFailedException>(() => CompletionTestData.SendAsync(app,
            new SaveQuestionnaire(session.TrackId, SurveyKind.SessionEvaluation, [edited[0]])));
        await Assert.ThrowsAsync<NotFoundException>(() => CompletionTestData.SendAsync(app, new GetQuestionnaires(Guid.NewGuid())));
    }

    [Fact]
    public async Task Interview_notes_are_kept_encrypted_with_an_optional_participant_from_the_roster()
    {
        var clock = new ManualClock(CompletionTestData.BeforeStart);
        await using var app = SurveyTestData.App(database, clock);
        var session = await SurveyTestData.EnrolAsync(app, ("Amina", "Haddad", "fr-CA"));
        var other = await SurveyTestData.EnrolAsync(app, ("Jorge", "Ramírez", "en-CA"));
        var staff = await SurveyTestData.StaffAsync(app);
        var amina = session.Participants[0];

        var notOnRoster = await Assert.ThrowsAsync<ValidationFailedException>(() => CompletionTestData.SendAsync(app,
            new RecordInterviewNote(session.SessionId, other.Participants[0].Id, "Bien", "", "", staff)));
        Assert.Equal("This person is not on the session's roster.", notOnRoster.Errors["ParticipantId"].Single());
        var empty = await Assert.ThrowsAsync<ValidationFailedException>(() => CompletionTestData.SendAsync(app,
            new RecordInterviewNote(session.SessionId, null, " ", "", "  ", staff)));
        Assert.Contains("Structure", empty.Errors.Keys);
        await Assert.ThrowsAsync<ValidationFailedException>(() => CompletionTestData.SendAsync(app,
            new RecordInterviewNote(session.SessionId, null, new string('x', 4001), "", "", staff)));

        await CompletionTestData.SendAsync(app, new RecordInterviewNote(session.SessionId, amina.Id, "Les soirées de trois heures sont longues", "", "Plus de projets en équipe", staff));
        clock.Advance(TimeSpan.FromHours(1));
        await CompletionTestData.SendAsync(app, new RecordInterviewNote(session.SessionId, null, "", "React arrive trop tard", "", staff));

        var notes = await CompletionTestData.SendAsync(app, new GetInterviewNotes(session.SessionId));
        Assert.Equal(2, notes.Count);
        Assert.Equal((null, "React arrive trop tard", "Sam Staff"), (notes[0].ParticipantName, notes[0].Curriculum, notes[0].WrittenByName));
        Assert.Equal(("Amina Haddad", "Les soirées de trois heures sont longues", "Plus de projets en équipe"),
            (notes[1].ParticipantName, notes[1].Structure, notes[1].Suggestions));
        Assert.Equal(0, await Sql.CountAsync(app.ConnectionString, "SELECT count(*) FROM surveys.interview_notes WHERE protected_notes LIKE '%React%'"));
        Assert.Empty(await CompletionTestData.SendAsync(app, new GetInterviewNotes(other.SessionId)));
    }
}
