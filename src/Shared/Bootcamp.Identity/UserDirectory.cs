using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Identity;

public sealed record TeamMember(Guid Id, string DisplayName, string Email);

/// <summary>Who is who, for pages that pick people (e.g. a session's instructors).</summary>
public sealed class UserDirectory(UserManager<BootcampUser> users)
{
    public async Task<IReadOnlyList<TeamMember>> InRoleAsync(string role)
    {
        var members = await users.GetUsersInRoleAsync(role);
        return [.. members.Where(u => u.IsActive).OrderBy(u => u.DisplayName, StringComparer.CurrentCulture).Select(u => new TeamMember(u.Id, u.DisplayName, u.Email ?? ""))];
    }

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids)
    {
        var wanted = ids.Distinct().ToList();
        return await users.Users.Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
    }
}
