using System.Security.Claims;
using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using MediatR;

namespace Bootcamp.Sessions.Web;

/// <summary>
/// The roster and completion over JSON: an instructor's sessions and roster (only their own — anything else is a 404),
/// the staff's withdrawals, completion decisions and certificates, and the public certificate check.
/// </summary>
internal static class RosterApi
{
    public static IEndpointRouteBuilder MapRosterApi(this IEndpointRouteBuilder api)
    {
        var teaching = api.MapGroup("/teaching").WithTags("Teaching").RequireAuthorization(Policies.Teaching);
        teaching.MapGet("/sessions", (ClaimsPrincipal user, TeachingAccess access, TimeProvider clock, CancellationToken ct) =>
            access.SessionsAsync(user, Display.Today(clock), ct));

        teaching.MapGet("/sessions/{sessionId:guid}/roster", async (Guid sessionId, ClaimsPrincipal user, TeachingAccess access, IMediator m, CancellationToken ct) =>
            await access.CanTeachAsync(user, sessionId, ct)
                ? Results.Ok((await m.Send(new GetRoster(sessionId), ct)).Select(TeachingRosterEntry.From))
                : Results.NotFound());

        var staff = api.MapGroup("/").WithTags("Roster and completion (staff)").RequireAuthorization(Policies.Staff);
        staff.MapPost("/participants/{participantId:guid}/withdrawal", async (Guid participantId, WithdrawalBody body, ClaimsPrincipal user, IMediator m, CancellationToken ct) =>
            Results.Ok(new { id = await m.Send(new WithdrawParticipant(participantId, body.Reason, body.Note, SignedInUser.Id(user)), ct) }));
        staff.MapGet("/sessions/{sessionId:guid}/completion", (Guid sessionId, IMediator m, CancellationToken ct) =>
            m.Send(new GetSessionCompletion(sessionId), ct));
        staff.MapPost("/participants/{participantId:guid}/completion", async (Guid participantId, OverrideBody body, ClaimsPrincipal user, IMediator m, CancellationToken ct) =>
            Results.Ok(new { id = await m.Send(new OverrideCompletion(participantId, body.Outcome, body.Reason ?? "", SignedInUser.Id(user)), ct) }));
        staff.MapGet("/participants/{participantId:guid}/certificate", async (Guid participantId, string? culture, IMediator m, CancellationToken ct) =>
        {
            var file = await m.Send(new GetCertificate(participantId, culture), ct);
            return Results.File(file.Content, file.ContentType, file.FileName);
        });

        api.MapGet("/public/certificates/{code}", async (string code, IMediator m, CancellationToken ct) =>
                await m.Send(new VerifyCertificate(code), ct) is { } certificate ? Results.Ok(certificate) : Results.NotFound())
            .WithTags("Public").AllowAnonymous().RequireRateLimiting(PublicRateLimit.Policy);
        return api;
    }

    /// <summary>What an instructor sees of a participant: name, language and contact — never anything from the application.</summary>
    internal sealed record TeachingRosterEntry(Guid Id, string FirstName, string LastName, string PreferredLanguage, string Email, string? Phone, ParticipantStatus Status)
    {
        public static TeachingRosterEntry From(ParticipantDto p) => new(p.Id, p.FirstName, p.LastName, p.PreferredLanguage, p.Email, p.Phone, p.Status);
    }

    internal sealed record WithdrawalBody(WithdrawalReason Reason, string? Note);

    internal sealed record OverrideBody(CompletionOutcome Outcome, string? Reason);
}
