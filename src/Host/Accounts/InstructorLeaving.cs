using Bootcamp.Identity;
using Bootcamp.Identity.Team;
using Bootcamp.Sessions.Contracts;
using MediatR;

namespace Bootcamp.Host.Accounts;

/// <summary>
/// Deactivating someone who teaches: their sessions not yet ended go to a successor first, so no evening is left without
/// an instructor to take attendance (decisions/0014). Lives in the Host because it joins Identity and Sessions.
/// </summary>
internal sealed class InstructorLeaving(IMediator mediator, TeamAdministration team, TeamDirectory directory, TimeProvider clock)
{
    /// <summary>Their sessions not yet ended: the ones <see cref="ReassignInstructor"/> hands over.</summary>
    public async Task<IReadOnlyList<SessionSummaryDto>> OpenSessionsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var today = Display.Today(clock);
        return [.. (await mediator.Send(new GetSessionsTaughtBy(userId, today), cancellationToken)).Where(s => s.EndDate >= today)];
    }

    public async Task DeactivateAsync(TeamActor actor, Guid userId, Guid? successorId, CancellationToken cancellationToken)
    {
        await team.ManageableAsync(actor, userId);
        var open = await OpenSessionsAsync(userId, cancellationToken);
        string? detail = null;
        if (open.Count > 0)
        {
            if (successorId is not { } successor)
            {
                throw new TeamRuleException(TeamRefusal.SuccessorRequired);
            }

            if (successor == userId || await directory.FindAsync(successor, cancellationToken) is not { Status: AccountStatus.Active or AccountStatus.Invited } next
                || !next.Roles.Contains(Roles.Instructor))
            {
                throw new TeamRuleException(TeamRefusal.SuccessorInvalid);
            }

            var moved = await mediator.Send(new ReassignInstructor(userId, successor, Display.Today(clock)), cancellationToken);
            detail = $"{moved} → {next.DisplayName}";
        }

        await team.DeactivateAsync(actor, userId, detail, cancellationToken);
    }
}
