using System.Security.Cryptography;
using Bootcamp.Shared.Privacy;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Surveys.Evaluations;

/// <summary>The anonymity rules of the evaluation results, apart from the database so they are tested directly.</summary>
internal static class EvaluationSummary
{
    public static SessionEvaluationDto Build(
        Guid sessionId, int invited, IReadOnlyList<SessionEvaluation> evaluations, IReadOnlyList<string> comments, int minimumForComments)
    {
        var averages = evaluations.Count == 0
            ? new Dictionary<string, decimal>()
            : new Dictionary<string, decimal>
            {
                [EvaluationQuestions.Structure] = Average(evaluations, e => e.Structure),
                [EvaluationQuestions.Curriculum] = Average(evaluations, e => e.Curriculum),
                [EvaluationQuestions.Instructors] = Average(evaluations, e => e.Instructors),
                [EvaluationQuestions.Pace] = Average(evaluations, e => e.Pace),
                [EvaluationQuestions.Support] = Average(evaluations, e => e.Support),
            };
        var below = evaluations.Count < minimumForComments;
        string[] shown = below ? [] : [.. comments.Where(c => !string.IsNullOrWhiteSpace(c))];
        // Stored rows come back in submission order; shuffled (and unpredictably), the list says nothing about who wrote first or last.
        RandomNumberGenerator.Shuffle(shown.AsSpan());
        return new SessionEvaluationDto(sessionId, invited, evaluations.Count, below, averages, shown);
    }

    private static decimal Average(IReadOnlyList<SessionEvaluation> evaluations, Func<SessionEvaluation, int> rating) =>
        (decimal)evaluations.Sum(rating) / evaluations.Count;
}

internal sealed class GetSessionEvaluationHandler(SurveysDbContext db, SensitiveData sensitive, IOptions<SurveysOptions> options)
    : IRequestHandler<GetSessionEvaluation, SessionEvaluationDto>
{
    public async Task<SessionEvaluationDto> Handle(GetSessionEvaluation request, CancellationToken cancellationToken)
    {
        var invited = await db.Invitations.CountAsync(i => i.SessionId == request.SessionId && i.Kind == SurveyKind.SessionEvaluation, cancellationToken);
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.SessionId == request.SessionId).ToListAsync(cancellationToken);
        var minimum = options.Value.Evaluation.MinimumForComments;
        // Comments are not even decrypted below the threshold.
        IReadOnlyList<string> comments = evaluations.Count < minimum
            ? []
            : [.. evaluations.Where(e => e.Comment is not null).Select(e => sensitive.For(SubmitEvaluationHandler.Purpose).Unprotect<string>(e.Comment!))];
        return EvaluationSummary.Build(request.SessionId, invited, evaluations, comments, minimum);
    }
}
