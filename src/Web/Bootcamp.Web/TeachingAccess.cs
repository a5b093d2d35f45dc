using System.Security.Claims;
using Bootcamp.Identity;
using Bootcamp.Sessions.Contracts;
using MediatR;

namespace Bootcamp.Web;

/// <summary>
/// The object-level check behind every teaching page and endpoint: staff reach every session, an instructor only the
/// sessions they teach. Anything else answers 404, so an instructor cannot even learn that another session's roster exists.
/// </summary>
public sealed class TeachingAccess(IMediator mediator)
{
    public static bool IsStaff(ClaimsPrincipal user) => user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Admin);

    public async Task<bool> CanTeachAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken cancellationToken)
    {
        if (IsStaff(user))
        {
            return true;
        }

        return user.IsInRole(Roles.Instructor)
            && await mediator.Send(new IsSessionInstructor(sessionId, SignedInUser.Id(user)), cancellationToken);
    }

    /// <summary>The session when the user may teach it; null otherwise (unknown, or someone else's).</summary>
    public async Task<SessionDto?> SessionAsync(ClaimsPrincipal user, Guid sessionId, CancellationToken cancellationToken)
    {
        if (!await CanTeachAsync(user, sessionId, cancellationToken))
        {
            return null;
        }

        try
        {
            return await mediator.Send(new GetSession(sessionId), cancellationToken);
        }
        catch (Bootcamp.Shared.Contracts.NotFoundException)
        {
            return null;
        }
    }

    /// <summary>The sessions on the user's teaching home: their own for an instructor; for staff, those under way or
    /// ended within the month (completion still being settled) or starting within a week.</summary>
    public async Task<IReadOnlyList<SessionSummaryDto>> SessionsAsync(ClaimsPrincipal user, DateOnly today, CancellationToken cancellationToken)
    {
        if (!IsStaff(user))
        {
            return await mediator.Send(new GetSessionsTaughtBy(SignedInUser.Id(user), today), cancellationToken);
        }

        return await mediator.Send(new GetSessionsInTeachingWindow(today), cancellationToken);
    }
}
