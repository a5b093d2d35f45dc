namespace Bootcamp.Surveys.Contracts;

public enum SurveyKind
{
    PreProgramme,
    PostProgramme,
    FollowUp,
    SessionEvaluation,
}
