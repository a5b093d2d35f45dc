using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.DemoData;
using MediatR;

namespace Bootcamp.Host.DemoData;

/// <summary>Gives every demo session one of the demo instructors. It lives in the Host because it joins two worlds
/// that do not know each other: Identity's people and the Sessions module. A session under way is taught by all of them,
/// so every demo instructor's home opens on a running cohort (tonight's class, people at risk, milestones due).</summary>
internal sealed class InstructorsDemoData(IMediator mediator, UserDirectory people, TimeProvider clock) : IDemoDataSeeder
{
    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        // The demo instructors who can sign in: not the invitation still open (TeamDemoData).
        var instructors = (await people.InRoleAsync(Roles.Instructor))
            .Where(i => IdentitySeeder.DemoPeople.Any(p => p.Email == i.Email)).ToList();
        if (instructors.Count == 0)
        {
            return;
        }

        var today = Bootcamp.Shared.ProgrammeTime.Today(clock);
        var page = 1;
        var index = 0;
        PagedResult<SessionSummaryDto> result;
        do
        {
            result = await mediator.Send(new GetSessions(page++, Paging.MaxPageSize), cancellationToken);
            foreach (var summary in result.Items)
            {
                var session = await mediator.Send(new GetSession(summary.Id), cancellationToken);
                if (session.Details.InstructorIds.Count > 0)
                {
                    continue;
                }

                var running = session.Details.StartDate <= today && session.Details.EndDate >= today;
                List<Guid> teachers = running ? [.. instructors.Select(i => i.Id)] : [instructors[index++ % instructors.Count].Id];
                await mediator.Send(
                    new UpdateSession(session.Id, session.Details with { InstructorIds = teachers }, session.Version),
                    cancellationToken);
            }
        }
        while (result.HasNext);
    }
}
