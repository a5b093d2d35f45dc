using System.Security.Claims;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using MediatR;

namespace Bootcamp.Attendance.Web;

/// <summary>
/// Attendance over JSON: the teaching endpoints (instructors, only for their own sessions — anything else is a 404:
/// meetings, tonight's sheet, marks, progress, people at risk) and the staff endpoints (meetings, corrections, curriculum).
/// </summary>
internal static class AttendanceApi
{
    public static IEndpointRouteBuilder MapAttendanceApi(this IEndpointRouteBuilder api)
    {
        MapTeaching(api.MapGroup("/teaching").WithTags("Teaching").RequireAuthorization(Policies.Teaching));
        MapStaff(api.MapGroup("/").WithTags("Attendance (staff)").RequireAuthorization(Policies.Staff));

        // The instructor's calendar feed: a calendar client asks without a session, so the address is the key
        // (decisions/0012); rate-limited as the other private links.
        var feed = api.MapGroup("/public/calendars").WithTags("Public").AllowAnonymous().RequireRateLimiting(PublicRateLimit.Policy)
            .RequirePrivateLink(AttendanceWebModule.CalendarFeedLink);
        feed.MapGet("/{token}", async (string token, HttpContext context, IMediator m, CancellationToken ct) =>
        {
            var ics = await m.Send(new GetCalendarFeed(token), ct);
            context.Response.Headers.CacheControl = "private, no-store";
            return Results.Text(ics, "text/calendar; charset=utf-8");
        });
        return api;
    }

    private static void MapTeaching(RouteGroupBuilder teaching)
    {
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
            await access.MeetingAsync(m, user, meetingId, ct) is null ? Results.NotFound() : Results.Ok(await m.Send(new GetAttendanceSheet(meetingId), ct)));

        // 409 when someone else changed a mark since it was read: nothing is saved and the body says who changed what.
        teaching.MapPut("/meetings/{meetingId:guid}/attendance", async (Guid meetingId, AttendanceBody body, ClaimsPrincipal user, TeachingAccess access, IMediator m, CancellationToken ct) =>
        {
            if (await access.MeetingAsync(m, user, meetingId, ct) is null)
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

    }

    internal sealed record AttendanceBody(IReadOnlyList<AttendanceEntry>? Entries);

    internal sealed record ProgressBody(Guid ParticipantId, Guid MilestoneId, ProgressStatus Status, string? Comment);

    internal sealed record MeetingBody(DateOnly Date, TimeOnly StartsAt, TimeOnly EndsAt, string? Note);

    internal sealed record CancellationBody(string? Reason);

}
