using System.Security.Claims;
using Bootcamp.Applications.Contracts;
using Bootcamp.Identity;
using MediatR;

namespace Bootcamp.Applications.Web;

internal static class StaffApplicationsApi
{
    public static IEndpointRouteBuilder MapStaffApplicationsApi(this IEndpointRouteBuilder api)
    {
        var staff = api.MapGroup("/").WithTags("Applications (staff)").RequireAuthorization(Policies.Staff);
        staff.MapGet("/sessions/{sessionId:guid}/applications",
            (Guid sessionId, ApplicationStatus? status, ApplicantCategory? category, ScreeningState? screening, int? page, int? pageSize, IMediator m, CancellationToken ct) =>
                m.Send(new GetApplications(sessionId, status, category, screening, page ?? 1, pageSize ?? 25), ct));
        staff.MapPost("/applications/{applicationId:guid}/screening", async (Guid applicationId, ScreeningBody body, IMediator m, CancellationToken ct) =>
            Results.Ok(new { id = await m.Send(new ScreenApplication(applicationId, body.Eligible, body.Score, body.Reason, body.Ratings), ct) }));
        staff.MapGet("/sessions/{sessionId:guid}/selection/preview", (Guid sessionId, RankingChoice? rule, string? seed, IMediator m, CancellationToken ct) =>
            m.Send(new PreviewSelection(sessionId, rule ?? RankingChoice.ScoreThenSubmission, seed), ct));
        staff.MapPost("/sessions/{sessionId:guid}/selection", (Guid sessionId, SelectionBody body, ClaimsPrincipal user, IMediator m, CancellationToken ct) =>
            m.Send(new CommitSelection(sessionId, SignedInUser.Id(user), body.Rule, body.LotterySeed), ct));
        staff.MapPost("/applications/{applicationId:guid}/promotion", async (Guid applicationId, PromotionBody body, ClaimsPrincipal user, IMediator m, CancellationToken ct) =>
            Results.Ok(new { id = await m.Send(new PromoteFromWaitlist(applicationId, SignedInUser.Id(user), body.Reason ?? ""), ct) }));
        staff.MapGet("/sessions/{sessionId:guid}/roster", (Guid sessionId, IMediator m, CancellationToken ct) =>
            m.Send(new Bootcamp.Sessions.Contracts.GetRoster(sessionId), ct));
        return api;
    }

    internal sealed record ScreeningBody(bool Eligible, int? Score, string? Reason, Dictionary<string, int>? Ratings = null);

    internal sealed record PromotionBody(string? Reason);

    internal sealed record SelectionBody(RankingChoice Rule = RankingChoice.ScoreThenSubmission, string? LotterySeed = null);
}
