using Bootcamp.Attendance.Contracts;
using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using MediatR;

namespace Bootcamp.Sessions.Web;

internal static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder api)
    {
        var tracks = api.MapGroup("/tracks").WithTags("Tracks").RequireAuthorization(Policies.Staff);
        tracks.MapGet("/", (bool? includeInactive, IMediator m, CancellationToken ct) => m.Send(new GetTracks(includeInactive ?? false), ct));
        tracks.MapPost("/", async (TrackDetails details, IMediator m, CancellationToken ct) =>
        {
            var id = await m.Send(new CreateTrack(details), ct);
            return Results.Created($"/api/tracks/{id}", new { id });
        });
        tracks.MapPut("/{trackId:guid}", async (Guid trackId, TrackUpdate body, IMediator m, CancellationToken ct) =>
            Results.Ok(new { id = await m.Send(new UpdateTrack(trackId, body.Details, body.IsActive), ct) }));

        var sessions = api.MapGroup("/sessions").WithTags("Sessions").RequireAuthorization(Policies.Staff);
        sessions.MapGet("/", (int? page, int? pageSize, int? year, Guid? trackId, IMediator m, CancellationToken ct) =>
            m.Send(new GetSessions(page ?? 1, pageSize ?? 25, year, trackId), ct));
        sessions.MapGet("/{sessionId:guid}", (Guid sessionId, IMediator m, CancellationToken ct) => m.Send(new GetSession(sessionId), ct));
        sessions.MapPost("/", async (SessionDetails details, IMediator m, CancellationToken ct) =>
        {
            var id = await m.Send(new ScheduleSession(details), ct);
            return Results.Created($"/api/sessions/{id}", new { id });
        });
        sessions.MapPut("/{sessionId:guid}", async (Guid sessionId, SessionUpdate body, IMediator m, CancellationToken ct) =>
            Results.Ok(new { id = await m.Send(new UpdateSession(sessionId, body.Details, body.Version), ct) }));
        sessions.MapGet("/{sessionId:guid}/meetings", (Guid sessionId, IMediator m, CancellationToken ct) =>
            m.Send(new GetClassMeetings(sessionId), ct));

        api.MapGet("/public/sessions", (IMediator m, TimeProvider clock, CancellationToken ct) =>
            m.Send(new GetUpcomingSessions(Display.Today(clock)), ct))
            .WithTags("Public").AllowAnonymous();
        return api;
    }

    internal sealed record TrackUpdate(TrackDetails Details, bool IsActive);

    internal sealed record SessionUpdate(SessionDetails Details, uint Version);
}
