using Bootcamp.Attendance.Contracts;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Persistence;
using Bootcamp.Surveys.Resources;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Surveys.Questionnaires;

internal sealed class QuestionnaireStore(SurveysDbContext db, IMediator mediator, TimeProvider clock)
{
    /// <summary>Staff pages name a track; a default questionnaire is only created for one that exists.</summary>
    public async Task EnsureTrackExistsAsync(Guid trackId, CancellationToken cancellationToken)
    {
        if (!(await mediator.Send(new GetTracks(IncludeInactive: true), cancellationToken)).Any(t => t.Id == trackId))
        {
            throw new NotFoundException(SurveysMessages.TrackNotFound);
        }
    }

    public static bool HasQuestionnaire(SurveyKind kind) => kind is SurveyKind.PreProgramme or SurveyKind.PostProgramme;

    /// <summary>The track's latest version of that kind, creating the default one on first use.</summary>
    public async Task<Questionnaire> CurrentAsync(Guid trackId, SurveyKind kind, CancellationToken cancellationToken)
    {
        if (await LatestAsync(trackId, kind, cancellationToken) is { } existing)
        {
            return existing;
        }

        // Two first uses at once (two enrolments, a page and an enrolment) serialise here; the second finds the first's.
        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.Database.ExecuteSqlAsync(
                $"SELECT pg_advisory_xact_lock(hashtextextended({"surveys.questionnaire|" + trackId + "|" + kind}, 0))", cancellationToken);
            if (await LatestAsync(trackId, kind, cancellationToken) is { } created)
            {
                return created;
            }

            // The skills asked about are the track's own curriculum, as it stands when the questionnaire is first needed.
            var curriculum = await mediator.Send(new GetMilestones(trackId), cancellationToken);
            var questionnaire = New(trackId, kind, 1, DefaultQuestionnaire.Questions(kind, curriculum));
            db.Questionnaires.Add(questionnaire);
            await db.SaveChangesAsync(cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return questionnaire;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    public Task<Questionnaire?> LatestAsync(Guid trackId, SurveyKind kind, CancellationToken cancellationToken) =>
        db.Questionnaires.Include(q => q.Questions)
            .Where(q => q.TrackId == trackId && q.Kind == kind)
            .OrderByDescending(q => q.Version)
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<Questionnaire> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Questionnaires.Include(q => q.Questions).FirstOrDefaultAsync(q => q.Id == id, cancellationToken)
        ?? throw new NotFoundException(SurveysMessages.QuestionnaireNotFound);

    /// <summary>Answered as soon as anyone saved an answer to it, even a partial one: changing a question under a
    /// saved answer would change what the answer means.</summary>
    public Task<bool> IsAnsweredAsync(Guid questionnaireId, CancellationToken cancellationToken) =>
        db.Answers.AnyAsync(a => db.Invitations.Any(i => i.Id == a.InvitationId && i.QuestionnaireId == questionnaireId), cancellationToken);

    public async Task<QuestionnaireDto> ToDtoAsync(Questionnaire q, CancellationToken cancellationToken) =>
        new(q.Id, q.TrackId, q.Kind, q.Version, await IsAnsweredAsync(q.Id, cancellationToken), q.CreatedAt,
            [.. q.Questions.OrderBy(x => x.Position).Select(ToDto)]);

    public static QuestionDto ToDto(Question q) =>
        new(q.Id, q.Position, q.Type, q.TextFr, q.TextEn, q.SkillArea, [.. q.Choices.Select(c => new ChoiceDto(c.Key, c.TextFr, c.TextEn))],
            q.CorrectChoice, q.Required);

    public Questionnaire New(Guid trackId, SurveyKind kind, int version, IReadOnlyList<QuestionInput> questions)
    {
        var now = clock.GetUtcNow();
        var questionnaire = new Questionnaire { Id = Guid.CreateVersion7(now), TrackId = trackId, Kind = kind, Version = version, CreatedAt = now };
        questionnaire.Questions.AddRange(ToQuestions(questionnaire.Id, questions));
        return questionnaire;
    }

    public static IEnumerable<Question> ToQuestions(Guid questionnaireId, IReadOnlyList<QuestionInput> questions) =>
        questions.Select((q, i) => new Question
        {
            Id = Guid.CreateVersion7(),
            QuestionnaireId = questionnaireId,
            Position = i + 1,
            Type = q.Type,
            TextFr = q.TextFr.Trim(),
            TextEn = q.TextEn.Trim(),
            SkillArea = q.Type == QuestionType.SkillRating ? q.SkillArea?.Trim() : null,
            Choices = q.Type is QuestionType.Knowledge or QuestionType.EmploymentChoice
                ? [.. (q.Choices ?? []).Select(c => new Choice { Key = c.Key.Trim(), TextFr = c.TextFr.Trim(), TextEn = c.TextEn.Trim() })]
                : [],
            CorrectChoice = q.Type == QuestionType.Knowledge ? q.CorrectChoice?.Trim() : null,
            Required = q.Required,
        });
}
