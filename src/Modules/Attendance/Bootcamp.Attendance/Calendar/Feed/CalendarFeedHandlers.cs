using Bootcamp.Attendance.Contracts;
using Bootcamp.Attendance.Persistence;
using Bootcamp.Attendance.Resources;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Links;
using Bootcamp.Shared.Privacy;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Attendance.Calendar.Feed;

/// <summary>The feed's address path; the API maps it (Bootcamp.Attendance.Web).</summary>
internal static class CalendarFeedPath
{
    public static string Of(string token) => "/api/public/calendars/" + token;
}

internal sealed class GetCalendarFeedCreatedAtHandler(AttendanceDbContext db) : IRequestHandler<GetCalendarFeedCreatedAt, DateTimeOffset?>
{
    public async Task<DateTimeOffset?> Handle(GetCalendarFeedCreatedAt request, CancellationToken cancellationToken) =>
        await db.CalendarFeeds.Where(f => f.UserId == request.UserId).Select(f => (DateTimeOffset?)f.CreatedAt).FirstOrDefaultAsync(cancellationToken);
}

/// <summary>One feed per instructor: a new token replaces the old hash, so the old address is dead at once.</summary>
internal sealed class CreateCalendarFeedHandler(AttendanceDbContext db, TimeProvider clock, PublicLinks links)
    : IRequestHandler<CreateCalendarFeed, string>
{
    public async Task<string> Handle(CreateCalendarFeed request, CancellationToken cancellationToken)
    {
        var token = SensitiveData.NewToken();
        var feed = await db.CalendarFeeds.FirstOrDefaultAsync(f => f.UserId == request.UserId, cancellationToken);
        if (feed is null)
        {
            feed = new CalendarFeed { UserId = request.UserId };
            db.CalendarFeeds.Add(feed);
        }

        feed.TokenHash = SensitiveData.HashToken(token);
        feed.CreatedAt = clock.GetUtcNow();
        return links.To(CalendarFeedPath.Of(token)).AbsoluteUri;
    }
}

internal sealed class OpenCalendarFeedHandler(AttendanceDbContext db) : IRequestHandler<OpenCalendarFeed, Guid>
{
    public async Task<Guid> Handle(OpenCalendarFeed request, CancellationToken cancellationToken)
    {
        var hash = SensitiveData.HashToken(request.Token);
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.TokenHash == hash, cancellationToken)
            ?? throw new NotFoundException(AttendanceMessages.CalendarFeedNotFound);
        return feed.UserId;
    }
}

/// <summary>
/// The sessions the feed's instructor teaches now (those <see cref="GetSessionsTaughtBy"/> lists: not ended more than a
/// month ago), every evening of each, a cancelled one marked CANCELLED so a subscribed calendar strikes it rather than
/// forgetting it. No METHOD beyond PUBLISH: a feed is read, never answered.
/// </summary>
internal sealed class GetCalendarFeedHandler(AttendanceDbContext db, IMediator mediator, TimeProvider clock) : IRequestHandler<GetCalendarFeed, string>
{
    public async Task<string> Handle(GetCalendarFeed request, CancellationToken cancellationToken)
    {
        var userId = await mediator.Send(new OpenCalendarFeed(request.Token), cancellationToken);
        var sessions = await mediator.Send(new GetSessionsTaughtBy(userId, ProgrammeTime.Today(clock)), cancellationToken);
        var ids = sessions.Select(s => s.Id).ToList();
        var meetings = await db.ClassMeetings.AsNoTracking().Where(m => ids.Contains(m.SessionId)).OrderBy(m => m.Date).ToListAsync(cancellationToken);
        var events = new List<CalendarEvent>();
        foreach (var session in sessions)
        {
            var details = (await mediator.Send(new GetSession(session.Id), cancellationToken)).Details;
            events.AddRange(meetings.Where(m => m.SessionId == session.Id).Select(m => EveningCalendars.Event(m, details)));
        }

        return ICalendarWriter.Write(CalendarMethod.Publish, events.OrderBy(e => e.Date), clock.GetUtcNow(), null, "Bootcamp");
    }
}
