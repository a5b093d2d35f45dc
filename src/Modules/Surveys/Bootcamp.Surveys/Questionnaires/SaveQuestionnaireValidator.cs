using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Persistence;
using Bootcamp.Surveys.Resources;
using FluentValidation;

namespace Bootcamp.Surveys.Questionnaires;

internal sealed class SaveQuestionnaireValidator : AbstractValidator<SaveQuestionnaire>
{
    public SaveQuestionnaireValidator()
    {
        RuleFor(r => r.TrackId).NotEmpty().WithMessage(_ => SurveysMessages.TrackRequired);
        RuleFor(r => r.Kind).Must(QuestionnaireStore.HasQuestionnaire).WithMessage(_ => SurveysMessages.KindWithoutQuestionnaire);
        RuleFor(r => r.Questions).NotEmpty().WithMessage(_ => SurveysMessages.QuestionsRequired)
            .Must(q => q.Count <= 100).WithMessage(_ => SurveysMessages.TooManyQuestions);
        RuleFor(r => r.Questions)
            .Must(q => q.Where(x => x.Type == QuestionType.SkillRating && !string.IsNullOrWhiteSpace(x.SkillArea))
                .GroupBy(x => x.SkillArea!.Trim(), StringComparer.Ordinal).All(g => g.Count() == 1))
            .WithMessage(_ => SurveysMessages.SkillAreaTwice)
            .When(r => r.Questions is not null);
        RuleForEach(r => r.Questions).ChildRules(q =>
        {
            q.RuleFor(x => x.Type).IsInEnum().WithMessage(_ => SurveysMessages.QuestionTypeInvalid);
            q.RuleFor(x => x.TextFr).NotEmpty().WithMessage(_ => SurveysMessages.QuestionTextRequired)
                .MaximumLength(Question.MaxTextLength).WithMessage(_ => SurveysMessages.QuestionTextTooLong);
            q.RuleFor(x => x.TextEn).NotEmpty().WithMessage(_ => SurveysMessages.QuestionTextRequired)
                .MaximumLength(Question.MaxTextLength).WithMessage(_ => SurveysMessages.QuestionTextTooLong);
            q.RuleFor(x => x.SkillArea).NotEmpty().WithMessage(_ => SurveysMessages.SkillAreaRequired)
                .MaximumLength(Question.MaxKeyLength).WithMessage(_ => SurveysMessages.KeyTooLong)
                .When(x => x.Type == QuestionType.SkillRating);
            q.RuleFor(x => x.Choices).Must(c => c is { Count: >= 2 }).WithMessage(_ => SurveysMessages.ChoicesRequired)
                .When(x => x.Type is QuestionType.Knowledge or QuestionType.EmploymentChoice);
            q.RuleFor(x => x.Choices).Must(c => c!.Select(x => x.Key?.Trim()).Distinct(StringComparer.Ordinal).Count() == c!.Count)
                .WithMessage(_ => SurveysMessages.ChoiceKeysUnique)
                .When(x => x.Choices is { Count: > 0 });
            q.RuleForEach(x => x.Choices).ChildRules(c =>
            {
                c.RuleFor(x => x.Key).NotEmpty().WithMessage(_ => SurveysMessages.ChoiceKeyRequired)
                    .MaximumLength(Question.MaxKeyLength).WithMessage(_ => SurveysMessages.KeyTooLong);
                c.RuleFor(x => x.TextFr).NotEmpty().WithMessage(_ => SurveysMessages.ChoiceTextRequired)
                    .MaximumLength(Question.MaxTextLength).WithMessage(_ => SurveysMessages.QuestionTextTooLong);
                c.RuleFor(x => x.TextEn).NotEmpty().WithMessage(_ => SurveysMessages.ChoiceTextRequired)
                    .MaximumLength(Question.MaxTextLength).WithMessage(_ => SurveysMessages.QuestionTextTooLong);
            });
            q.RuleFor(x => x.CorrectChoice)
                .Must((x, correct) => !string.IsNullOrWhiteSpace(correct) && (x.Choices ?? []).Any(c => string.Equals(c.Key?.Trim(), correct.Trim(), StringComparison.Ordinal)))
                .WithMessage(_ => SurveysMessages.CorrectChoiceRequired)
                .When(x => x.Type == QuestionType.Knowledge);
        });
    }
}
