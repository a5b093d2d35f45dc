using Bootcamp.Attendance.Contracts;
using Bootcamp.Sessions.Contracts;
using MediatR;

namespace Bootcamp.Attendance.Summary;

internal sealed class GetAtRiskParticipantsHandler(IMediator mediator, SessionAttendance attendance)
    : IRequestHandler<GetAtRiskParticipants, IReadOnlyList<AtRiskParticipantDto>>
{
    public async Task<IReadOnlyList<AtRiskParticipantDto>> Handle(GetAtRiskParticipants request, CancellationToken cancellationToken)
    {
        IEnumerable<(Guid Id, string Title, DateOnly Start)> sessions;
        if (request.SessionId is { } sessionId)
        {
            var session = await mediator.Send(new GetSession(sessionId), cancellationToken);
            sessions = [(session.Id, session.Details.Title, session.Details.StartDate)];
        }
        else
        {
            var running = await mediator.Send(new GetRunningSessions(request.Today), cancellationToken);
            sessions = running.Select(s => (s.Id, s.Title, s.StartDate));
        }

        var result = new List<AtRiskParticipantDto>();
        foreach (var (id, title, start) in sessions)
        {
            var enrolled = (await mediator.Send(new GetRoster(id), cancellationToken))
                .Where(p => p.Status == ParticipantStatus.Enrolled)
                .ToList();
            var (_, tallies) = await attendance.TallyAsync(id, start, enrolled.Select(p => p.Id), request.Today, cancellationToken);
            var byId = enrolled.ToDictionary(p => p.Id);
            result.AddRange(tallies.Where(t => t.AtRisk.Count > 0)
                .Select(t => (Tally: t, Person: byId[t.ParticipantId]))
                .OrderBy(x => x.Person.LastName, StringComparer.CurrentCulture).ThenBy(x => x.Person.FirstName, StringComparer.CurrentCulture)
                .Select(x => new AtRiskParticipantDto(id, title, x.Person.Id, x.Person.FirstName, x.Person.LastName, x.Tally.Rate, x.Tally.AtRisk)));
        }

        return result;
    }
}
