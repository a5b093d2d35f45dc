using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Privacy;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Invitations;
using Bootcamp.Surveys.Persistence;
using Bootcamp.Surveys.Questionnaires;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Surveys.Answering;

internal sealed class GetSurveyByTokenHandler(
    SurveysDbContext db, SurveyLinks links, QuestionnaireStore questionnaires, SensitiveData sensitive, IMediator mediator)
    : IRequestHandler<GetSurveyByToken, SurveyFormDto>
{
    public async Task<SurveyFormDto> Handle(GetSurveyByToken request, CancellationToken cancellationToken)
    {
        var invitation = await links.FindAsync(request.Token, forUpdate: false, cancellationToken);
        var participant = await db.Participants.AsNoTracking().SingleAsync(p => p.Id == invitation.ParticipantId, cancellationToken);
        var title = (await mediator.Send(new GetSession(invitation.SessionId), cancellationToken)).Details.Title;
        IReadOnlyList<QuestionDto> questions = [];
        var answers = new Dictionary<Guid, string>();
        if (invitation.QuestionnaireId is { } questionnaireId)
        {
            var questionnaire = await questionnaires.GetAsync(questionnaireId, cancellationToken);
            questions = [.. questionnaire.Questions.OrderBy(q => q.Position).Select(QuestionnaireStore.ToDto)];
            var byId = questionnaire.Questions.ToDictionary(q => q.Id);
            foreach (var answer in await db.Answers.AsNoTracking().Where(a => a.InvitationId == invitation.Id).ToListAsync(cancellationToken))
            {
                answers[answer.QuestionId] = SurveyAnswers.Read(sensitive, byId[answer.QuestionId], answer.Value);
            }
        }

        return new SurveyFormDto(
            invitation.Kind, participant.FirstName, participant.PreferredLanguage, title, questions, answers,
            invitation.AnsweredAt is not null, invitation.ExpiresAt);
    }
}
