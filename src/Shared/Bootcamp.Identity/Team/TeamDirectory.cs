using Bootcamp.Identity.Persistence;
using Bootcamp.Shared.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Identity.Team;

public enum AccountStatus
{
    Active,
    Invited,
    Deactivated,
}

public sealed record TeamAccountRow(
    Guid Id, string DisplayName, string Email, IReadOnlyList<string> Roles, AccountStatus Status, DateTimeOffset? LastSignInAt,
    bool TwoFactorEnabled, DateTimeOffset? InvitedAt, Guid? SponsorId, string Culture);

public sealed record TeamSearch(string? Text, string? Role, AccountStatus? Status, int Page, int PageSize = Paging.DefaultPageSize);

/// <summary>Reads the accounts for the people pages and the admin's home: one query per page, roles included.</summary>
public sealed class TeamDirectory
{
    private readonly IdentityStoreDbContext _db;

    internal TeamDirectory(IdentityStoreDbContext db) => _db = db;

    public async Task<PagedResult<TeamAccountRow>> SearchAsync(TeamSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        var (page, size) = Paging.Normalise(search.Page, search.PageSize);
        var users = _db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            var pattern = PeopleSearch.Pattern(search.Text);
            users = users.Where(u => EF.Functions.ILike(u.DisplayName, pattern, "\\") || EF.Functions.ILike(u.Email!, pattern, "\\"));
        }

        if (!string.IsNullOrEmpty(search.Role))
        {
            var roleId = _db.Roles.Where(r => r.Name == search.Role).Select(r => r.Id);
            users = users.Where(u => _db.UserRoles.Any(ur => ur.UserId == u.Id && roleId.Contains(ur.RoleId)));
        }

        users = search.Status switch
        {
            AccountStatus.Deactivated => users.Where(u => u.DeactivatedAt != null),
            AccountStatus.Invited => users.Where(u => u.DeactivatedAt == null && u.PasswordHash == null),
            AccountStatus.Active => users.Where(u => u.DeactivatedAt == null && u.PasswordHash != null),
            _ => users,
        };

        var total = await users.CountAsync(cancellationToken);
        var rows = await users.OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Skip((page - 1) * size).Take(size)
            .ToListAsync(cancellationToken);
        return new PagedResult<TeamAccountRow>(await WithRolesAsync(rows, cancellationToken), page, size, total);
    }

    public async Task<TeamAccountRow?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var user = await _db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        return user is null ? null : (await WithRolesAsync([user], cancellationToken))[0];
    }

    /// <summary>What the admin's home counts: open invitations, and accounts that must have two-factor sign-in and have not.</summary>
    public async Task<(int PendingInvitations, int WithoutTwoFactor)> AttentionAsync(CancellationToken cancellationToken = default)
    {
        var pending = await _db.Users.CountAsync(u => u.DeactivatedAt == null && u.PasswordHash == null, cancellationToken);
        var required = _db.Roles.Where(r => TwoFactor.TwoFactorRequirement.RolesRequiringIt.Contains(r.Name!)).Select(r => r.Id);
        var without = await _db.Users.CountAsync(
            u => u.DeactivatedAt == null && u.PasswordHash != null && !u.TwoFactorEnabled
                && _db.UserRoles.Any(ur => ur.UserId == u.Id && required.Contains(ur.RoleId)),
            cancellationToken);
        return (pending, without);
    }

    private async Task<IReadOnlyList<TeamAccountRow>> WithRolesAsync(IReadOnlyList<BootcampUser> users, CancellationToken cancellationToken)
    {
        var ids = users.Select(u => u.Id).ToList();
        var roles = await (from ur in _db.UserRoles
                           join r in _db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var byUser = roles.ToLookup(r => r.UserId, r => r.Name!);
        return
        [
            .. users.Select(u => new TeamAccountRow(
                u.Id, u.DisplayName, u.Email ?? "", [.. Roles.All.Where(byUser[u.Id].Contains)],
                u.DeactivatedAt is not null ? AccountStatus.Deactivated : u.PasswordHash is null ? AccountStatus.Invited : AccountStatus.Active,
                u.LastSignInAt, u.TwoFactorEnabled, u.InvitedAt, u.SponsorId, u.PreferredCulture)),
        ];
    }
}
