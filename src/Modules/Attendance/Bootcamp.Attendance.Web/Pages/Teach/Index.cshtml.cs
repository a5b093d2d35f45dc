using Bootcamp.Attendance.Contracts;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Attendance.Web.Pages.Teach;

/// <summary>The instructor's home: their sessions, tonight's class one tap away, and who is at risk.</summary>
internal sealed class IndexModel(IMediator mediator, TeachingAccess access, TimeProvider clock) : PageModel
{
    public DateOnly Today { get; private set; }

    public IReadOnlyList<TeachingSession> Sessions { get; private set; } = [];

    public IReadOnlyList<AtRiskParticipantDto> AtRisk { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = Display.Today(clock);
        var sessions = await access.SessionsAsync(User, Today, cancellationToken);
        var list = new List<TeachingSession>();
        var atRisk = new List<AtRiskParticipantDto>();
        foreach (var session in sessions)
        {
            var tonight = await mediator.Send(new GetMeetingOn(session.Id, Today), cancellationToken);
            list.Add(new TeachingSession(session, tonight));
            if (session.StartDate <= Today && session.EndDate >= Today)
            {
                atRisk.AddRange(await mediator.Send(new GetAtRiskParticipants(Today, session.Id), cancellationToken));
            }
        }

        Sessions = list;
        AtRisk = atRisk;
    }

    internal sealed record TeachingSession(SessionSummaryDto Session, ClassMeetingDto? Tonight)
    {
        public bool Running(DateOnly today) => Session.StartDate <= today && Session.EndDate >= today;
    }
}
