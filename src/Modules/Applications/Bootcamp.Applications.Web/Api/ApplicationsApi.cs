using Bootcamp.Applications.Contracts;
using MediatR;

namespace Bootcamp.Applications.Web;

/// <summary>The public side of applications: anyone may apply, and whoever holds a private link may read or withdraw
/// that application. The link's token is only ever emailed: no response of this API contains it.</summary>
internal static class ApplicationsApi
{
    public static IEndpointRouteBuilder MapApplicationsApi(this IEndpointRouteBuilder api)
    {
        var open = api.MapGroup("/public").WithTags("Public").AllowAnonymous().RequireRateLimiting(PublicRateLimit.Policy)
            .RequirePrivateLink(ApplicationsWebModule.StatusLink);

        open.MapPost("/sessions/{sessionId:guid}/applications", async (Guid sessionId, ApplyBody body, IMediator m, CancellationToken ct) =>
        {
            var result = await m.Send(new Apply(sessionId, body.Profile ?? new ApplicantProfile(), body.Consents ?? new ConsentAnswers(false, false, false), body.IdempotencyKey ?? ""), ct);
            var response = new AppliedBody(result.ApplicationId);
            return result.Created ? Results.Created((string?)null, response) : Results.Ok(response);
        });

        open.MapGet("/applications/{token}", (string token, IMediator m, CancellationToken ct) => m.Send(new GetApplicationByToken(token), ct));

        open.MapPost("/applications/{token}/confirm", async (string token, IMediator m, CancellationToken ct) =>
            Results.Ok(new { applicationId = await m.Send(new ConfirmSeat(token), ct) }));
        open.MapPost("/applications/{token}/consents", async (string token, ConsentBody body, IMediator m, CancellationToken ct) =>
            Results.Ok(new { applicationId = await m.Send(new SetConsent(token, body.Purpose, body.Granted), ct) }));
        open.MapPost("/applications/{token}/withdraw", async (string token, WithdrawBody? body, IMediator m, CancellationToken ct) =>
            Results.Ok(new AppliedBody(await m.Send(new WithdrawApplication(token, body?.Reason), ct))));
        open.MapPost("/applications/{token}/contact", async (string token, ContactBody? body, IMediator m, CancellationToken ct) =>
            Results.Ok(new AppliedBody(await m.Send(new UpdateContactDetails(token, body?.Phone, body?.PreferredLanguage ?? ""), ct))));
        return api;
    }

    internal sealed record ApplyBody(ApplicantProfile? Profile, ConsentAnswers? Consents, string? IdempotencyKey);

    internal sealed record AppliedBody(Guid ApplicationId);

    internal sealed record WithdrawBody(string? Reason);

    /// <summary>Phone and language only: the email identifies the application and cannot be changed.</summary>
    internal sealed record ContactBody(string? Phone, string? PreferredLanguage);

    internal sealed record ConsentBody(ConsentPurpose Purpose, bool Granted);
}
