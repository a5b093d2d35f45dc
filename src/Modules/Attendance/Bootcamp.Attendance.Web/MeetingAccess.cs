using System.Security.Claims;
using Bootcamp.Attendance.Contracts;
using MediatR;

namespace Bootcamp.Attendance.Web;

/// <summary>The teaching check for a class meeting: it belongs to a session the user may teach.</summary>
internal static class MeetingAccess
{
    /// <summary>The meeting when the user may teach its session; null for an unknown meeting or someone else's session.</summary>
    public static async Task<ClassMeetingDto?> MeetingAsync(this TeachingAccess access, IMediator mediator, ClaimsPrincipal user, Guid meetingId, CancellationToken cancellationToken)
    {
        ClassMeetingDto meeting;
        try
        {
            meeting = await mediator.Send(new GetClassMeeting(meetingId), cancellationToken);
        }
        catch (Bootcamp.Shared.Contracts.NotFoundException)
        {
            return null;
        }

        return await access.CanTeachAsync(user, meeting.SessionId, cancellationToken) ? meeting : null;
    }
}
