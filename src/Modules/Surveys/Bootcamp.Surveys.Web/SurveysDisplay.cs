using Bootcamp.Surveys.Contracts;

namespace Bootcamp.Surveys.Web;

public static class SurveysDisplay
{
    public static string Kind(SurveyKind kind) => kind switch
    {
        SurveyKind.PreProgramme => SurveysText.KindPre,
        SurveyKind.PostProgramme => SurveysText.KindPost,
        SurveyKind.SessionEvaluation => SurveysText.KindEvaluation,
        _ => SurveysText.KindFollowUp,
    };
}
