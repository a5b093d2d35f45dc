using Bootcamp.Surveys.Answering;
using Bootcamp.Surveys.Contracts;
using Bootcamp.Surveys.Persistence;

namespace Bootcamp.UnitTests.Surveys;

public sealed class AnswerRulesTests
{
    [Theory]
    [InlineData(QuestionType.SkillRating, "1", "1")]
    [InlineData(QuestionType.SkillRating, " 5 ", "5")]
    [InlineData(QuestionType.SkillRating, "05", "5")]
    [InlineData(QuestionType.SkillRating, "0", null)]
    [InlineData(QuestionType.SkillRating, "6", null)]
    [InlineData(QuestionType.SkillRating, "-1", null)]
    [InlineData(QuestionType.SkillRating, "3.5", null)]
    [InlineData(QuestionType.SkillRating, "trois", null)]
    [InlineData(QuestionType.Knowledge, "a", "a")]
    [InlineData(QuestionType.Knowledge, "A", null)] // keys are exact
    [InlineData(QuestionType.Knowledge, "z", null)]
    [InlineData(QuestionType.EmploymentChoice, "seeking", "seeking")]
    [InlineData(QuestionType.EmploymentChoice, "astronaut", null)]
    [InlineData(QuestionType.EmploymentNumber, "0", "0")]
    [InlineData(QuestionType.EmploymentNumber, "12", "12")]
    [InlineData(QuestionType.EmploymentNumber, "-1", null)]
    [InlineData(QuestionType.EmploymentNumber, "1001", null)]
    [InlineData(QuestionType.EmploymentNumber, "2,5", null)]
    [InlineData(QuestionType.FreeText, "  Merci  ", "Merci")]
    public void Shape_of_an_answer(QuestionType type, string value, string? stored)
    {
        var question = new Question
        {
            Type = type,
            Choices = [new Choice { Key = "a" }, new Choice { Key = "b" }, new Choice { Key = "seeking" }],
        };

        var (normalised, error) = AnswerRules.Normalise(question, value);

        Assert.Equal(stored, normalised);
        Assert.Equal(stored is null, error is not null);
    }

    [Theory]
    [InlineData(2000, true)]
    [InlineData(2001, false)]
    public void Free_text_up_to_2000_characters(int length, bool accepted) =>
        Assert.Equal(accepted, AnswerRules.Normalise(new Question { Type = QuestionType.FreeText }, new string('é', length)).Error is null);
}
