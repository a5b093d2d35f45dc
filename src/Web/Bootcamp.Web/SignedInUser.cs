using System.Security.Claims;

namespace Bootcamp.Web;

public static class SignedInUser
{
    /// <summary>The signed-in person's id, as the audit trail records it; an empty id for anyone without one (never a
    /// throw), so a handler refuses them on its own terms.</summary>
    public static Guid Id(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
}
