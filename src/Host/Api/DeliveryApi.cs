using System.Security.Claims;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Host.Infrastructure;
using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using MediatR;

namespace Bootcamp.Host.Api;

/// <summary>
/// Delivery over JSON: the teaching endpoints (instructors, only for their own sessions — anything else is a 404),
/// the staff endpoints (meetings, curriculum, withdrawals, completion, certificates) and the public certificate check.
/// </summary>
internal static class DeliveryApi
{
    public static IEndpointRouteBuilder MapDeliveryApi(this IEndpointRouteBuilder api)
    {
        MapTeaching(api.MapGroup("/teaching").WithTags("Teaching").RequireAuthorization(Policies.Teaching));
        MapStaff(api.MapGroup("/").WithTags("Delivery (staff)").RequireAuthorization(Policies.Staff));

        api.MapGet("/public/certificates/{code}", async (string code, IMediator m, CancellationToken ct) =>
                await m.Send(new VerifyCertificate(code), ct) is { } certificate ? Results.Ok(certificate) : Results.NotFound())
            .WithTags("Public").AllowAnonymous().RequireRateLimiting(RateLimiting.PublicForms);
        return api;
    }

    private static void MapTeaching(RouteGroupBuilder teaching)
    {
        teaching.MapGet("/sessions", (ClaimsPrincipal user, TeachingAccess access, TimeProvider clock, CancellationToken ct) =>
            access.SessionsAsync(user, Display.Today(clock), ct));

        teaching.MapGet("/sessions/{sessionId:guid}/roster", async (Guid sessionId, ClaimsPrincipal user, TeachingAccess access, IMediator m, CancellationToken ct) =>
            await access.CanTeachAsync(user, sessionId, ct)
                ? Results.Ok((await m.Send(new GetRoster(sessionId), ct)).Select(TeachingRosterEntry.From))
                : Results.NotFound());

        teaching.MapGet("/sessions/{sessionId:guid}/meetings", async (Guid sessionId, ClaimsPrincipal user, TeachingAccess access, IMediator m, CancellationToken ct) =>
            await access.CanTeachAsync(user, sessionId, ct) ? Results.Ok(await m.Send(new GetClassMeetings(sessionId), ct)) : Results.NotFound());

        teaching.MapGet("/sessions/{sessionId:guid}/tonight", async (Guid sessionId, ClaimsPrincipal user, TeachingAccess access, TimeProvider clock, IMediator m, CancellationToken ct) =>
        {
            if (!await access.CanTeachAsync(user, sessionId, ct))
            {
                return Results.NotFound();
            }

            return await m.Send(new GetMeetingOn(sessionId, Display.Today(clock)), ct) is { } meeting
                ? Results.Ok(await m.Send(new GetAttendanceSheet(meeting.Id), ct))
                : Results.NoContent();
        });

        teaching.MapGet("/meetings/{meetingId:guid}/attendance", async (Guid meetingId, ClaimsPrincipal user, TeachingAccess access, IMediator m, CancellationToken ct) =>
            await access.MeetingAsync(user, meetingId, ct) is null ? Results.NotFound() : Results.Ok(await m.Send(new GetAttendanceSheet(meetingId), ct)));

        // 409 when someone else changed a mark since it was read: nothing is saved and the body says who changed what.
        teaching.MapPut("/meetings/{meetingId:guid}/attendance", async (Guid meetingId, AttendanceBody body, ClaimsPrincipal user, TeachingAccess access, IMediator m, CancellationToken ct) =>
        {
            if (await access.MeetingAsync(user, meetingId, ct) is null)
            {
                return Results.NotFound();
            }

            var result = await m.Send(new RecordAttendance(meetingId, body.Entries ?? [], SignedInUser.Id(user)), ct);
            return result.Saved ? Results.Ok(result) : Results.Conflict(result);
        });

        teaching.MapGet("/sessions/{sessionId:guid}/progress", async (Guid sessionId, ClaimsPrincipal user, TeachingAccess access, IMediator m, CancellationToken ct) =>
            await access.CanTeachAsync(user, sessionId, ct) ? Results.Ok(await m.Send(new GetProgressGrid(sessionId), ct)) : Results.NotFound());

        teaching.MapPut("/sessions/{sessionId:guid}/progress", async (Guid sessionId, ProgressBody body, ClaimsPrincipal user, TeachingAccess access, IMediator m, CancellationToken ct) =>
            await access.CanTeachAsync(user, sessionId, ct)
                ? Results.Ok(new { id = await m.Send(new MarkProgress(sessionId, body.ParticipantId, body.MilestoneId, body.Status, body.Comment, SignedInUser.Id(user)), ct) })
                : Results.NotFound());

        teaching.MapGet("/sessions/{sessionId:guid}/at-risk", async (Guid sessionId, ClaimsPrincipal user, TeachingAccess access, TimeProvider clock, IMediator m, CancellationToken ct) =>
            await access.CanTeachAsync(user, sessionId, ct) ? Results.Ok(await m.Send(new GetAtRiskParticipants(Display.Today(clock), sessionId), ct)) : Results.NotFound());
    }

    private static void MapStaff(RouteGroupBuilder staff)
    {
        staff.MapPost("/sessions/{sessionId:guid}/meetings", async (Guid sessionId, MeetingBody body, IMediator m, CancellationToken ct) =>
        {
            var id = await m.Send(new AddClassMeeting(sessionId, body.Date, body.StartsAt, body.EndsAt, body.Note), ct);
            return Results.Created($"/api/meetings/{id}", new { id });
        });
        staff.MapPost("/meetings/{meetingId:guid}/cancellation", async (Guid meetingId, CancellationBody body, IMediator m, CancellationToken ct) =>
            Results.Ok(new { id = await m.Send(new CancelClassMeeting(meetingId, body.Reason ?? ""), ct) }));
        staff.MapDelete("/meetings/{meetingId:guid}/cancellation", async (Guid meetingId, IMediator m, CancellationToken ct) =>
            Results.Ok(new { id = await m.Send(new RestoreClassMeeting(meetingId), ct) }));
        staff.MapGet("/sessions/{sessionId:guid}/attendance/corrections", (Guid sessionId, IMediator m, CancellationToken ct) =>
            m.Send(new GetAttendanceCorrections(sessionId), ct));

        staff.MapGet("/tracks/{trackId:guid}/milestones", (Guid trackId, bool? includeArchived, IMediator m, CancellationToken ct) =>
            m.Send(new GetMilestones(trackId, includeArchived ?? false), ct));
        staff.MapPost("/tracks/{trackId:guid}/milestones", async (Guid trackId, MilestoneDetails details, IMediator m, CancellationToken ct) =>
        {
            var id = await m.Send(new AddMilestone(trackId, details), ct);
            return Results.Created($"/api/milestones/{id}", new { id });
        });
        staff.MapPut("/milestones/{milestoneId:guid}", async (Guid milestoneId, MilestoneDetails details, IMediator m, CancellationToken ct) =>
            Results.Ok(new { id = await m.Send(new UpdateMilestone(milestoneId, details), ct) }));

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
    }

    /// <summary>What an instructor sees of a participant: name, language and contact — never anything from the application.</summary>
    internal sealed record TeachingRosterEntry(Guid Id, string FirstName, string LastName, string PreferredLanguage, string Email, string? Phone, ParticipantStatus Status)
    {
        public static TeachingRosterEntry From(ParticipantDto p) => new(p.Id, p.FirstName, p.LastName, p.PreferredLanguage, p.Email, p.Phone, p.Status);
    }

    internal sealed record AttendanceBody(IReadOnlyList<AttendanceEntry>? Entries);

    internal sealed record ProgressBody(Guid ParticipantId, Guid MilestoneId, ProgressStatus Status, string? Comment);

    internal sealed record MeetingBody(DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string? Note);

    internal sealed record CancellationBody(string? Reason);

    internal sealed record WithdrawalBody(WithdrawalReason Reason, string? Note);

    internal sealed record OverrideBody(CompletionOutcome Outcome, string? Reason);
}
