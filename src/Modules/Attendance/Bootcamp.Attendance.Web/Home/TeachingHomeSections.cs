using System.Globalization;
using System.Security.Claims;
using Bootcamp.Attendance.Contracts;
using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Web.Home;
using MediatR;

namespace Bootcamp.Attendance.Web.Home;

/// <summary>An instructor's home opens on tonight: each evening of a session they teach, with the button to its
/// attendance sheet. Only sessions they teach — staff who do not teach have the whole list under /Teach.</summary>
internal sealed class TonightHomeSection(IMediator mediator, TimeProvider clock) : HomeSection
{
    public override string Policy => Policies.Teaching;

    public override int Order => 0;

    public override async Task<HomeCard?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Instructor))
        {
            return null;
        }

        var today = Display.Today(clock);
        var running = await RunningSessions.TaughtByAsync(mediator, user, today, cancellationToken);
        if (running.Count == 0)
        {
            return null;
        }

        var meetings = await mediator.Send(new GetMeetingsOn([.. running.Keys], today), cancellationToken);
        var items = meetings
            .Select(m => m.Status == ClassMeetingStatus.Scheduled
                ? new HomeItem(
                    string.Format(CultureInfo.CurrentCulture, AttendanceText.HomeTakeAttendance, running[m.SessionId].Title, Display.Time(m.StartsAt), Display.Time(m.EndsAt)),
                    null, $"/Teach/Attendance/{m.Id}", IsAction: true)
                : new HomeItem(
                    string.Format(CultureInfo.CurrentCulture, AttendanceText.HomeTonightCancelled, running[m.SessionId].Title),
                    null, $"/Teach/Session/{m.SessionId}"))
            .ToList();
        return new HomeCard(AttendanceText.HomeTonightTitle, items, AttendanceText.NoClassTonight);
    }
}

/// <summary>Who is at risk as of today: in the sessions an instructor teaches, or in every running session for staff.</summary>
internal sealed class AtRiskHomeSection(IMediator mediator, TimeProvider clock) : HomeSection
{
    public override string Policy => Policies.Teaching;

    public override int Order => 30;

    public override async Task<HomeCard?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var today = Display.Today(clock);
        HashSet<Guid>? mine = null;
        if (!TeachingAccess.IsStaff(user))
        {
            mine = [.. (await RunningSessions.TaughtByAsync(mediator, user, today, cancellationToken)).Keys];
            if (mine.Count == 0)
            {
                return null;
            }
        }

        var atRisk = await mediator.Send(new GetAtRiskParticipants(today), cancellationToken);
        var items = atRisk
            .Where(p => mine is null || mine.Contains(p.SessionId))
            .GroupBy(p => (p.SessionId, p.SessionTitle))
            .OrderBy(g => g.Key.SessionTitle, StringComparer.CurrentCulture)
            .Select(g => new HomeItem(
                string.Format(CultureInfo.CurrentCulture, AttendanceText.HomeAtRisk, g.Key.SessionTitle), g.Count(),
                $"/Teach/Session/{g.Key.SessionId}", Urgent: true))
            .ToList();
        return items.Count == 0 ? null : new HomeCard(AttendanceText.AtRiskTitle, items);
    }
}

/// <summary>The milestones of an instructor's sessions falling due this week, with how many are marked done.</summary>
internal sealed class MilestonesDueHomeSection(IMediator mediator, TimeProvider clock) : HomeSection
{
    public override string Policy => Policies.Teaching;

    public override int Order => 40;

    public override async Task<HomeCard?> BuildAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Instructor))
        {
            return null;
        }

        var today = Display.Today(clock);
        var running = await RunningSessions.TaughtByAsync(mediator, user, today, cancellationToken);
        if (running.Count == 0)
        {
            return null;
        }

        var due = await mediator.Send(
            new GetMilestonesDue([.. running.Values.Select(s => new SessionSpan(s.Id, s.Track.Id, s.StartDate, s.EndDate))], today), cancellationToken);
        var items = due
            .Select(d => new HomeItem(
                string.Format(CultureInfo.CurrentCulture, AttendanceText.HomeMilestoneDue, running[d.SessionId].Title,
                    AttendanceDisplay.Milestone(d.Milestone), Display.ShortDate(d.DueOn), d.Done),
                null, $"/Teach/Progress/{d.SessionId}", Urgent: d.DueOn <= today.AddDays(1)))
            .ToList();
        return items.Count == 0 ? null : new HomeCard(AttendanceText.HomeMilestonesTitle, items);
    }
}

/// <summary>The sessions under way today that the signed-in person teaches, by id: what every teaching card starts from.</summary>
internal static class RunningSessions
{
    public static async Task<Dictionary<Guid, SessionSummaryDto>> TaughtByAsync(
        IMediator mediator, ClaimsPrincipal user, DateOnly today, CancellationToken cancellationToken) =>
        (await mediator.Send(new GetSessionsTaughtBy(SignedInUser.Id(user), today), cancellationToken))
            .Where(s => s.StartDate <= today && s.EndDate >= today)
            .ToDictionary(s => s.Id);
}
