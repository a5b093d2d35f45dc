using System.Security.Claims;

namespace Bootcamp.Identity.Team;

/// <summary>The signed-in person changing accounts: who, and with which roles (from the sign-in cookie).</summary>
public sealed record TeamActor(Guid Id, IReadOnlyCollection<string> Roles)
{
    public static TeamActor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : Guid.Empty;
        return new TeamActor(id, [.. user.FindAll(ClaimTypes.Role).Select(c => c.Value).Distinct()]);
    }

    public bool IsAdmin => Roles.Contains(Identity.Roles.Admin);
}

/// <summary>Sends the invitation mail; the Host renders it in the invited person's language.</summary>
public interface IInvitationMailer
{
    Task SendAsync(BootcampUser user, Guid userId, string token, CancellationToken cancellationToken);
}
