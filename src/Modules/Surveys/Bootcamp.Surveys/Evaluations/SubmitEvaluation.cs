using Bootcamp.Shared;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Privacy;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Invitations;
using Bootcamp.Surveys.Persistence;
using Bootcamp.Surveys.Resources;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Surveys.Evaluations;

internal sealed class SubmitEvaluationValidator : AbstractValidator<SubmitEvaluation>
{
    public SubmitEvaluationValidator()
    {
        RuleFor(r => r.Ratings).NotNull().WithMessage(_ => SurveysMessages.EvaluationRatingsRequired);
        RuleFor(r => r.Ratings)
            .Must(r => r.Keys.All(k => EvaluationQuestions.Ratings.Contains(k)))
            .WithMessage(_ => SurveysMessages.EvaluationUnknownRating)
            .When(r => r.Ratings is not null);
        foreach (var key in EvaluationQuestions.Ratings)
        {
            RuleFor(r => r.Ratings)
                .Must(r => r.TryGetValue(key, out var rating) && rating is >= 1 and <= 5)
                .WithMessage(_ => SurveysMessages.AnswerRatingInvalid)
                .OverridePropertyName($"{nameof(SubmitEvaluation.Ratings)}[{key}]")
                .When(r => r.Ratings is not null);
        }

        RuleFor(r => r.Comment).MaximumLength(SessionEvaluation.MaxCommentLength).WithMessage(_ => SurveysMessages.AnswerTextTooLong);
    }
}

/// <summary>
/// Stores the evaluation with nothing that leads back to the person (see <see cref="SessionEvaluation"/>); the
/// invitation only records that it was answered, and only the day, so the two cannot be matched by time. The invitation
/// row is locked first: a double submit stores one evaluation and refuses the second.
/// </summary>
internal sealed class SubmitEvaluationHandler(SurveysDbContext db, SurveyLinks links, SensitiveData sensitive, TimeProvider clock)
    : IRequestHandler<SubmitEvaluation, Guid>
{
    public const string Purpose = "Surveys.EvaluationComments";

    public async Task<Guid> Handle(SubmitEvaluation request, CancellationToken cancellationToken)
    {
        var invitation = await links.FindAsync(request.Token, forUpdate: true, cancellationToken);
        if (invitation.Kind != SurveyKind.SessionEvaluation)
        {
            throw SurveyLinks.NotFound();
        }

        if (invitation.AnsweredAt is not null)
        {
            throw new ConflictException(SurveysMessages.EvaluationAlreadySubmitted);
        }

        var today = ProgrammeTime.Today(clock);
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim();
        var evaluation = new SessionEvaluation
        {
            // Random, not time-ordered (version 7 ids carry their creation time).
            Id = Guid.NewGuid(),
            SessionId = invitation.SessionId,
            SubmittedOn = today,
            Structure = request.Ratings[EvaluationQuestions.Structure],
            Curriculum = request.Ratings[EvaluationQuestions.Curriculum],
            Instructors = request.Ratings[EvaluationQuestions.Instructors],
            Pace = request.Ratings[EvaluationQuestions.Pace],
            Support = request.Ratings[EvaluationQuestions.Support],
            Comment = comment is null ? null : sensitive.For(Purpose).Protect(comment),
        };
        db.Evaluations.Add(evaluation);
        var startOfDay = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(today.ToDateTime(TimeOnly.MinValue), ProgrammeTime.Zone), TimeSpan.Zero);
        invitation.StartedAt = startOfDay;
        invitation.AnsweredAt = startOfDay;

        // PostgreSQL stamps every row written by a transaction with its id (xmin): the new evaluation and this invitation
        // would share one, a join key for anyone reading the tables. Rewriting all the session's evaluations and answered
        // invitations, the new ones included, gives them all the same stamp, so it points at nobody. The save comes first
        // because EF writes inside a savepoint, whose rows carry a stamp of their own.
        await db.SaveChangesAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"UPDATE surveys.session_evaluations SET submitted_on = submitted_on WHERE session_id = {invitation.SessionId}", cancellationToken);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE surveys.invitations SET answered_at = answered_at
            WHERE session_id = {invitation.SessionId} AND kind = 'SessionEvaluation' AND answered_at IS NOT NULL
            """, cancellationToken);
        // The caller learns nothing it could use to find the row again.
        return invitation.Id;
    }
}
