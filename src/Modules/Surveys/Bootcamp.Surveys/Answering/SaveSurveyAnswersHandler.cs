using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Privacy;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Invitations;
using Bootcamp.Surveys.Persistence;
using Bootcamp.Surveys.Resources;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Surveys.Answering;

/// <summary>
/// Saves answers through the private link: one answer per question (an empty value clears it), one response per person
/// and survey. Once submitted, the response stays complete: every later save checks the required questions again. The
/// invitation row is locked first, so two tabs saving at once are serialised instead of colliding on the unique index.
/// </summary>
internal sealed class SaveSurveyAnswersHandler(SurveysDbContext db, SurveyLinks links, SensitiveData sensitive, TimeProvider clock)
    : IRequestHandler<SaveSurveyAnswers, Guid>
{
    public async Task<Guid> Handle(SaveSurveyAnswers request, CancellationToken cancellationToken)
    {
        var invitation = await links.FindAsync(request.Token, forUpdate: true, cancellationToken);
        if (invitation.QuestionnaireId is not { } questionnaireId)
        {
            // An evaluation's link: it is answered with SubmitEvaluation. Same answer as for any link that is not a survey's.
            throw SurveyLinks.NotFound();
        }

        // Keeps staff from editing this version in place while answers to it are being written.
        await db.Database.ExecuteSqlAsync($"SELECT id FROM surveys.questionnaires WHERE id = {questionnaireId} FOR SHARE", cancellationToken);
        var questions = await db.Questions.AsNoTracking().Where(q => q.QuestionnaireId == questionnaireId).ToDictionaryAsync(q => q.Id, cancellationToken);
        var saved = await db.Answers.Where(a => a.InvitationId == invitation.Id).ToDictionaryAsync(a => a.QuestionId, cancellationToken);

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        foreach (var group in (request.Answers ?? []).GroupBy(a => a.QuestionId))
        {
            var key = group.Key.ToString();
            if (group.Count() > 1)
            {
                errors[key] = [SurveysMessages.AnswerTwice];
                continue;
            }

            if (!questions.TryGetValue(group.Key, out var question))
            {
                errors[key] = [SurveysMessages.AnswerUnknownQuestion];
                continue;
            }

            var raw = group.Single().Value;
            if (string.IsNullOrWhiteSpace(raw))
            {
                if (saved.Remove(group.Key, out var cleared))
                {
                    db.Answers.Remove(cleared);
                }

                continue;
            }

            var (value, error) = AnswerRules.Normalise(question, raw);
            if (error is not null)
            {
                errors[key] = [error];
                continue;
            }

            var stored = SurveyAnswers.Store(sensitive, question, value!);
            if (saved.TryGetValue(group.Key, out var existing))
            {
                existing.Value = stored;
                existing.UpdatedAt = now;
            }
            else
            {
                var answer = new Answer { Id = Guid.CreateVersion7(now), InvitationId = invitation.Id, QuestionId = group.Key, Value = stored, UpdatedAt = now };
                db.Answers.Add(answer);
                saved[group.Key] = answer;
            }
        }

        if (request.Submit || invitation.AnsweredAt is not null)
        {
            foreach (var missing in questions.Values.Where(q => q.Required && !saved.ContainsKey(q.Id)))
            {
                errors.TryAdd(missing.Id.ToString(), [SurveysMessages.AnswerRequired]);
            }
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        invitation.StartedAt ??= now;
        if (request.Submit)
        {
            invitation.AnsweredAt ??= now;
        }

        return invitation.Id;
    }
}
