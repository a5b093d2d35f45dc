using Microsoft.AspNetCore.Identity;

namespace Bootcamp.Identity;

public sealed class BootcampUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>fr-CA or en-CA: pages and emails for this person use it.</summary>
    public string PreferredCulture { get; set; } = "fr-CA";

    /// <summary>For sponsor users: the sponsor organisation they see reports of.</summary>
    public Guid? SponsorId { get; set; }

    /// <summary>When the account was created by an invitation; null for the first admin and the seeded accounts.</summary>
    public DateTimeOffset? InvitedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>Set while the account is deactivated: it cannot sign in, whatever its password (decisions/0014).</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>Invited and not yet set a password: the invitation is still open.</summary>
    public bool InvitationPending => PasswordHash is null && DeactivatedAt is null;

    public bool IsActive => DeactivatedAt is null;
}
