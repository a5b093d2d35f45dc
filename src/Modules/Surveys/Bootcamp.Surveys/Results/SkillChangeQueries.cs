using Bootcamp.Applications.Contracts;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Surveys.Results;

/// <summary>Reads the submitted pre- and post-surveys of some sessions and scores them. Only keys, ratings and numbers are
/// read: nothing here needs the encrypted free text.</summary>
internal sealed class SubmittedResponses(SurveysDbContext db)
{
    public async Task<(List<ScoredResponse> Pre, List<ScoredResponse> Post, Dictionary<Guid, SurveyParticipant> People)> LoadAsync(
        IReadOnlyCollection<Guid> sessionIds, CancellationToken cancellationToken)
    {
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => sessionIds.Contains(i.SessionId) && i.AnsweredAt != null
                && (i.Kind == SurveyKind.PreProgramme || i.Kind == SurveyKind.PostProgramme) && i.QuestionnaireId != null)
            .ToListAsync(cancellationToken);
        var invitationIds = invitations.Select(i => i.Id).ToList();
        var questionnaireIds = invitations.Select(i => i.QuestionnaireId!.Value).Distinct().ToList();
        var questions = (await db.Questions.AsNoTracking().Where(q => questionnaireIds.Contains(q.QuestionnaireId)).ToListAsync(cancellationToken))
            .ToLookup(q => q.QuestionnaireId);
        var answers = (await db.Answers.AsNoTracking()
                .Where(a => invitationIds.Contains(a.InvitationId))
                .Join(db.Questions.Where(q => q.Type != QuestionType.FreeText), a => a.QuestionId, q => q.Id, (a, _) => a)
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.InvitationId);
        var participantIds = invitations.Select(i => i.ParticipantId).Distinct().ToList();
        var people = await db.Participants.AsNoTracking().Where(p => participantIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);

        var pre = new List<ScoredResponse>();
        var post = new List<ScoredResponse>();
        foreach (var invitation in invitations.OrderBy(i => i.Id))
        {
            var scored = SkillChange.Score(
                invitation.ParticipantId, invitation.SessionId, questions[invitation.QuestionnaireId!.Value],
                answers[invitation.Id].ToDictionary(a => a.QuestionId, a => a.Value));
            (invitation.Kind == SurveyKind.PreProgramme ? pre : post).Add(scored);
        }

        return (pre, post, people);
    }
}

internal sealed class GetSessionSkillChangeHandler(SubmittedResponses responses) : IRequestHandler<GetSessionSkillChange, SessionSkillChangeDto>
{
    public async Task<SessionSkillChangeDto> Handle(GetSessionSkillChange request, CancellationToken cancellationToken)
    {
        var (pre, post, people) = await responses.LoadAsync([request.SessionId], cancellationToken);
        var paired = SkillChange.Pair(pre, post);
        var participants = paired
            .Select(p => (Pair: p, Person: people[p.ParticipantId]))
            .OrderBy(x => x.Person.LastName, StringComparer.CurrentCulture).ThenBy(x => x.Person.FirstName, StringComparer.CurrentCulture)
            .Select(x => new ParticipantChangeDto(x.Pair.ParticipantId, x.Person.FirstName, x.Person.LastName, x.Pair.Skills, x.Pair.KnowledgePre, x.Pair.KnowledgePost))
            .ToList();
        return new SessionSkillChangeDto(request.SessionId, SkillChange.Summarise(paired), participants);
    }
}

/// <summary>
/// For Reporting: aggregates only, and without the people whose consent to aggregate reporting is not in force now —
/// asked of Applications' ledger at each read, never copied, so a consent given again counts the person again. The
/// surveys themselves are programme evaluation, under the programme consent, so no consent stops them; staff still see
/// their own session's results. Suppressing small counts is the reader's job (it knows what it shows together).
/// </summary>
internal sealed class GetSkillChangeSummaryHandler(SubmittedResponses responses, IMediator mediator) : IRequestHandler<GetSkillChangeSummary, SkillChangeSummaryDto>
{
    public async Task<SkillChangeSummaryDto> Handle(GetSkillChangeSummary request, CancellationToken cancellationToken)
    {
        var (pre, post, people) = await responses.LoadAsync([.. request.SessionIds.Distinct()], cancellationToken);
        var paired = SkillChange.Pair(pre, post);
        var excluded = (await mediator.Send(new GetExcludedFromAggregates(
            [.. paired.Select(p => people[p.ParticipantId].ApplicationId).Distinct()]), cancellationToken)).ToHashSet();
        return SkillChange.Summarise([.. paired.Where(p => !excluded.Contains(people[p.ParticipantId].ApplicationId))]);
    }
}
