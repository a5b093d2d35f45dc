using Microsoft.AspNetCore.Identity;

namespace Bootcamp.Identity;

public sealed class BootcampUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>fr-CA or en-CA: pages and emails for this person use it.</summary>
    public string PreferredCulture { get; set; } = "fr-CA";

    /// <summary>For sponsor users: the sponsor organisation they see reports of.</summary>
    public Guid? SponsorId { get; set; }
}
