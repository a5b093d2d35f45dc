using System.Globalization;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Persistence;
using Bootcamp.Surveys.Resources;

namespace Bootcamp.Surveys.Answering;

/// <summary>What a value must look like for each kind of question: the shape only, never whether it is required.</summary>
internal static class AnswerRules
{
    public const int MaxJobOffers = 1000;

    /// <summary>The value to store (trimmed, canonical), or an error message in the current UI culture.</summary>
    public static (string? Value, string? Error) Normalise(Question question, string value)
    {
        var trimmed = value.Trim();
        switch (question.Type)
        {
            case QuestionType.SkillRating:
                return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var rating) && rating is >= 1 and <= 5
                    ? (rating.ToString(CultureInfo.InvariantCulture), null)
                    : (null, SurveysMessages.AnswerRatingInvalid);
            case QuestionType.Knowledge:
            case QuestionType.EmploymentChoice:
                return question.Choices.Any(c => string.Equals(c.Key, trimmed, StringComparison.Ordinal))
                    ? (trimmed, null)
                    : (null, SurveysMessages.AnswerChoiceInvalid);
            case QuestionType.EmploymentNumber:
                return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 0 and <= MaxJobOffers
                    ? (number.ToString(CultureInfo.InvariantCulture), null)
                    : (null, SurveysMessages.AnswerNumberInvalid);
            default:
                return trimmed.Length <= Answer.MaxTextLength ? (trimmed, null) : (null, SurveysMessages.AnswerTextTooLong);
        }
    }
}
