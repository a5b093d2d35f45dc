using Bootcamp.Shared.Privacy;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Persistence;

namespace Bootcamp.Surveys.Answering;

/// <summary>Free-text answers are encrypted at rest (DESIGN §5); keys, ratings and numbers are stored as they are, so
/// results can be computed without decrypting anything.</summary>
internal static class SurveyAnswers
{
    public const string Purpose = "Surveys.Answers";

    public static string Store(SensitiveData sensitive, Question question, string value) =>
        question.Type == QuestionType.FreeText ? sensitive.For(Purpose).Protect(value) : value;

    public static string Read(SensitiveData sensitive, Question question, string stored) =>
        question.Type == QuestionType.FreeText ? sensitive.For(Purpose).Unprotect<string>(stored) : stored;
}
