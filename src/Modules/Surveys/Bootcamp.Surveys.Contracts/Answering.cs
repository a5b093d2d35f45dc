using Bootcamp.Shared.Contracts;

namespace Bootcamp.Surveys.Contracts;

/// <summary>An answer to one question: a choice key, a rating (1–5) or a number in <see cref="Value"/>, or free text.</summary>
public sealed record AnswerInput(Guid QuestionId, string? Value);

/// <summary>What the private link opens: the survey in the person's language, with what they saved so far. An unknown,
/// expired or replaced token is a NotFound that reveals nothing.</summary>
public sealed record GetSurveyByToken(string Token) : IQuery<SurveyFormDto>;

/// <param name="Questions">Empty for a session evaluation: see <see cref="EvaluationQuestions"/>.</param>
/// <param name="Submitted">True once submitted; the person may still change answers until <paramref name="ClosesAt"/>.</param>
public sealed record SurveyFormDto(
    SurveyKind Kind, string FirstName, string PreferredLanguage, string SessionTitle, IReadOnlyList<QuestionDto> Questions,
    IReadOnlyDictionary<Guid, string> Answers, bool Submitted, DateTimeOffset ClosesAt);

/// <summary>Saves answers through the private link. <paramref name="Submit"/> false keeps a partial answer (nothing is
/// checked but the values' shape); true checks required questions and records the response (one per person and survey).</summary>
public sealed record SaveSurveyAnswers(string Token, IReadOnlyList<AnswerInput> Answers, bool Submit) : ICommand<Guid>;

/// <summary>The fixed questions of the anonymous session evaluation (ratings 1–5 and comments).</summary>
public static class EvaluationQuestions
{
    public const string Structure = "structure";
    public const string Curriculum = "curriculum";
    public const string Instructors = "instructors";
    public const string Pace = "pace";
    public const string Support = "support";
    public const string Comment = "comment";

    public static readonly IReadOnlyList<string> Ratings = [Structure, Curriculum, Instructors, Pace, Support];
}

/// <summary>Answers an evaluation through its private link. The stored evaluation keeps no link to the person: only the
/// invitation records that they answered (so one per person), never what they said.</summary>
public sealed record SubmitEvaluation(string Token, IReadOnlyDictionary<string, int> Ratings, string? Comment) : ICommand<Guid>;
