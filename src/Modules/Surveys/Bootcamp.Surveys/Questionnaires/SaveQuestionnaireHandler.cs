using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Surveys.Questionnaires;

/// <summary>Edits the current version while nobody has answered it; otherwise the answers keep the version they were
/// given to, and the changes become the next version, which new invitations get.</summary>
internal sealed class SaveQuestionnaireHandler(SurveysDbContext db, QuestionnaireStore store) : IRequestHandler<SaveQuestionnaire, Guid>
{
    public async Task<Guid> Handle(SaveQuestionnaire request, CancellationToken cancellationToken)
    {
        await store.EnsureTrackExistsAsync(request.TrackId, cancellationToken);
        var current = await store.CurrentAsync(request.TrackId, request.Kind, cancellationToken);
        // A save and a first answer racing: the lock makes the answered check and the edit one step.
        await db.Database.ExecuteSqlAsync($"SELECT id FROM surveys.questionnaires WHERE id = {current.Id} FOR UPDATE", cancellationToken);
        if (!await store.IsAnsweredAsync(current.Id, cancellationToken))
        {
            db.Questions.RemoveRange(current.Questions);
            await db.SaveChangesAsync(cancellationToken);
            current.Questions.Clear();
            db.Questions.AddRange(QuestionnaireStore.ToQuestions(current.Id, request.Questions));
            return current.Id;
        }

        var next = store.New(request.TrackId, request.Kind, current.Version + 1, request.Questions);
        db.Questionnaires.Add(next);
        return next.Id;
    }
}

internal sealed class GetQuestionnairesHandler(QuestionnaireStore store) : IRequestHandler<GetQuestionnaires, IReadOnlyList<QuestionnaireDto>>
{
    public async Task<IReadOnlyList<QuestionnaireDto>> Handle(GetQuestionnaires request, CancellationToken cancellationToken)
    {
        await store.EnsureTrackExistsAsync(request.TrackId, cancellationToken);
        var result = new List<QuestionnaireDto>();
        foreach (var kind in new[] { SurveyKind.PreProgramme, SurveyKind.PostProgramme })
        {
            result.Add(await store.ToDtoAsync(await store.CurrentAsync(request.TrackId, kind, cancellationToken), cancellationToken));
        }

        return result;
    }
}

internal sealed class GetQuestionnaireHandler(QuestionnaireStore store) : IRequestHandler<GetQuestionnaire, QuestionnaireDto>
{
    public async Task<QuestionnaireDto> Handle(GetQuestionnaire request, CancellationToken cancellationToken) =>
        await store.ToDtoAsync(await store.GetAsync(request.QuestionnaireId, cancellationToken), cancellationToken);
}
