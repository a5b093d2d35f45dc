namespace Bootcamp.Identity.Team;

/// <summary>
/// Who may give which role and manage which account (decisions/0014). Staff bring in the people a session needs
/// (instructors) and sponsor users; only an admin grants the roles that see personal data or run the platform.
/// </summary>
public static class RoleGrants
{
    /// <summary>The roles a staff member may grant, and the accounts (holding only these) a staff member may manage.</summary>
    public static readonly IReadOnlyList<string> StaffGrantable = [Roles.Instructor, Roles.Sponsor];

    public static bool CanGrant(IReadOnlyCollection<string> actorRoles, string role)
    {
        ArgumentNullException.ThrowIfNull(actorRoles);
        return actorRoles.Contains(Roles.Admin)
            || (actorRoles.Contains(Roles.Staff) && StaffGrantable.Contains(role));
    }

    public static IReadOnlyList<string> Grantable(IReadOnlyCollection<string> actorRoles) =>
        [.. Roles.All.Where(r => CanGrant(actorRoles, r))];

    /// <summary>An account may be changed by whoever could have granted every role it holds.</summary>
    public static bool CanManage(IReadOnlyCollection<string> actorRoles, IEnumerable<string> targetRoles) =>
        targetRoles.All(r => CanGrant(actorRoles, r)) && (actorRoles.Contains(Roles.Admin) || actorRoles.Contains(Roles.Staff));

    /// <summary>A sponsor's account reaches only the sponsor portal: it never also holds a role that sees names.</summary>
    public static bool IsValidCombination(IReadOnlyCollection<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return roles.Count > 0 && roles.All(Roles.All.Contains) && (!roles.Contains(Roles.Sponsor) || roles.Count == 1);
    }
}
