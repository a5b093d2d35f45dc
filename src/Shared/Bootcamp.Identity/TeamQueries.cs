using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Identity;

/// <summary>Lets modules address team members without referencing the identity store (they see only the contract).</summary>
internal sealed class GetTeamMembersHandler(UserManager<BootcampUser> users, TimeProvider clock)
    : IRequestHandler<GetTeamMembers, IReadOnlyList<TeamMemberDto>>
{
    public async Task<IReadOnlyList<TeamMemberDto>> Handle(GetTeamMembers request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var members = await users.GetUsersInRoleAsync(request.Role);
        return
        [
            .. members
                .Where(u => !string.IsNullOrEmpty(u.Email) && u.IsActive && (u.LockoutEnd is null || u.LockoutEnd <= now))
                .OrderBy(u => u.DisplayName, StringComparer.Ordinal)
                .Select(u => new TeamMemberDto(u.Id, u.DisplayName, u.Email!)),
        ];
    }
}

internal sealed class GetTeamMemberNamesHandler(UserManager<BootcampUser> users)
    : IRequestHandler<GetTeamMemberNames, IReadOnlyDictionary<Guid, string>>
{
    public async Task<IReadOnlyDictionary<Guid, string>> Handle(GetTeamMemberNames request, CancellationToken cancellationToken)
    {
        var wanted = request.Ids.Distinct().ToList();
        return await users.Users.Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }
}
