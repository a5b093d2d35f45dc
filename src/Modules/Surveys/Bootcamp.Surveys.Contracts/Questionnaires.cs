using Bootcamp.Shared.Contracts;

namespace Bootcamp.Surveys.Contracts;

public enum QuestionType
{
    /// <summary>A self-rating from 1 (not at all) to 5 (expert) of one skill area, e.g. "HTML &amp; CSS".</summary>
    SkillRating,

    /// <summary>A knowledge question with choices, one of them correct: scored.</summary>
    Knowledge,

    /// <summary>Employment: a choice among the question's choices (current status) or a number (job offers received).</summary>
    EmploymentChoice,
    EmploymentNumber,

    FreeText,
}

public sealed record ChoiceDto(string Key, string TextFr, string TextEn);

/// <param name="SkillArea">For SkillRating: the skill area compared pre → post (same key in both questionnaires).</param>
/// <param name="CorrectChoice">For Knowledge: the key of the right choice.</param>
public sealed record QuestionDto(
    Guid Id, int Order, QuestionType Type, string TextFr, string TextEn, string? SkillArea, IReadOnlyList<ChoiceDto> Choices,
    string? CorrectChoice, bool Required);

/// <summary>A version of a track's pre- or post-programme questionnaire. Once someone answered it, it is never changed in
/// place: saving creates the next version.</summary>
public sealed record QuestionnaireDto(
    Guid Id, Guid TrackId, SurveyKind Kind, int Version, bool Answered, DateTimeOffset CreatedAt, IReadOnlyList<QuestionDto> Questions);

public sealed record QuestionInput(
    QuestionType Type, string TextFr, string TextEn, string? SkillArea, IReadOnlyList<ChoiceDto>? Choices, string? CorrectChoice, bool Required);

/// <summary>The current version of each kind for a track (pre and post), with a default questionnaire created on first use.</summary>
public sealed record GetQuestionnaires(Guid TrackId) : IQuery<IReadOnlyList<QuestionnaireDto>>;

public sealed record GetQuestionnaire(Guid QuestionnaireId) : IQuery<QuestionnaireDto>;

/// <summary>Saves the track's questionnaire of that kind: edits the current version when nobody answered it yet, creates
/// the next version otherwise. Returns the id of the version saved.</summary>
public sealed record SaveQuestionnaire(Guid TrackId, SurveyKind Kind, IReadOnlyList<QuestionInput> Questions) : ICommand<Guid>;
