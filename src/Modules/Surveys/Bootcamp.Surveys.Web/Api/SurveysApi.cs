using System.Security.Claims;
using Bootcamp.Identity;
using Bootcamp.Surveys.Contracts;
using MediatR;

namespace Bootcamp.Surveys.Web;

/// <summary>Surveys over JSON: staff read rates, results and evaluations; participants answer through their private
/// link (rate-limited, no sign-in; an unknown link is a 404).</summary>
internal static class SurveysApi
{
    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder api)
    {
        var staff = api.MapGroup("/").WithTags("Surveys (staff)").RequireAuthorization(Policies.Staff);
        staff.MapGet("/tracks/{trackId:guid}/questionnaires", (Guid trackId, IMediator m, CancellationToken ct) => m.Send(new GetQuestionnaires(trackId), ct));
        staff.MapPut("/tracks/{trackId:guid}/questionnaires/{kind}", async (Guid trackId, SurveyKind kind, QuestionnaireBody body, IMediator m, CancellationToken ct) =>
            Results.Ok(new { id = await m.Send(new SaveQuestionnaire(trackId, kind, body.Questions ?? []), ct) }));
        staff.MapGet("/sessions/{sessionId:guid}/surveys", (Guid sessionId, IMediator m, CancellationToken ct) => m.Send(new GetSessionSurveys(sessionId), ct));
        staff.MapPost("/invitations/{invitationId:guid}/resend", async (Guid invitationId, IMediator m, CancellationToken ct) =>
            Results.Ok(new { id = await m.Send(new ResendInvitation(invitationId), ct) }));
        staff.MapGet("/sessions/{sessionId:guid}/skill-change", (Guid sessionId, IMediator m, CancellationToken ct) => m.Send(new GetSessionSkillChange(sessionId), ct));
        staff.MapGet("/sessions/{sessionId:guid}/evaluation", (Guid sessionId, IMediator m, CancellationToken ct) => m.Send(new GetSessionEvaluation(sessionId), ct));
        staff.MapGet("/sessions/{sessionId:guid}/interviews", (Guid sessionId, IMediator m, CancellationToken ct) => m.Send(new GetInterviewNotes(sessionId), ct));
        staff.MapPost("/sessions/{sessionId:guid}/interviews", async (Guid sessionId, InterviewBody body, ClaimsPrincipal user, IMediator m, CancellationToken ct) =>
        {
            var id = await m.Send(new RecordInterviewNote(sessionId, body.ParticipantId, body.Structure ?? "", body.Curriculum ?? "", body.Suggestions ?? "", SignedInUser.Id(user)), ct);
            return Results.Created($"/api/sessions/{sessionId}/interviews", new { id });
        });

        var survey = api.MapGroup("/public/surveys").WithTags("Public").AllowAnonymous().RequireRateLimiting(PublicRateLimit.Policy)
            .RequirePrivateLink(SurveysWebModule.SurveyLink);
        survey.MapGet("/{token}", (string token, IMediator m, CancellationToken ct) => m.Send(new GetSurveyByToken(token), ct));
        survey.MapPut("/{token}", async (string token, AnswersBody body, IMediator m, CancellationToken ct) =>
            Results.Ok(new { id = await m.Send(new SaveSurveyAnswers(token, body.Answers ?? [], body.Submit), ct) }));
        survey.MapPost("/{token}/evaluation", async (string token, EvaluationBody body, IMediator m, CancellationToken ct) =>
            Results.Ok(new { id = await m.Send(new SubmitEvaluation(token, body.Ratings ?? new Dictionary<string, int>(), body.Comment), ct) }));
        return api;
    }

    internal sealed record QuestionnaireBody(IReadOnlyList<QuestionInput>? Questions);

    internal sealed record InterviewBody(Guid? ParticipantId, string? Structure, string? Curriculum, string? Suggestions);

    internal sealed record AnswersBody(IReadOnlyList<AnswerInput>? Answers, bool Submit);

    internal sealed record EvaluationBody(Dictionary<string, int>? Ratings, string? Comment);
}
