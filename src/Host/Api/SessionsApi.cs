using Bootcamp.Attendance.Contracts;
using Bootcamp.Sessions.Contracts;
using MediatR;

namespace Bootcamp.Host.Api;

internal static class SessionsApi
{
    public static IEndpointRouteBuilder MapSessionsApi(this IEndpointRouteBuilder api)
    {
        var sessions = api.MapGroup("/sessions").WithTags("Sessions");
        sessions.MapPost("/", async (ScheduleSession command, IMediator mediator, CancellationToken ct) =>
        {
            var id = await mediator.Send(command, ct);
            return Results.Created($"/api/sessions/{id}", new { id });
        });
        sessions.MapGet("/{sessionId:guid}/meetings", async (Guid sessionId, IMediator mediator, CancellationToken ct) =>
            Results.Ok(await mediator.Send(new GetClassMeetings(sessionId), ct)));
        return api;
    }
}

internal static class BootcampApi
{
    public static WebApplication MapBootcampApi(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapSessionsApi();
        return app;
    }
}
