using Bootcamp.Identity.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Identity.Team;

/// <summary>
/// "The last active admin stays" is a rule over several accounts: two admins deactivating each other at the same
/// moment would each see the other still active and both succeed. Every change that can take an admin away runs
/// inside one transaction holding the same lock, so the second one sees the first one's result.
/// </summary>
public sealed class AdminGuard
{
    private readonly IdentityStoreDbContext _db;

    internal AdminGuard(IdentityStoreDbContext db) => _db = db;

    /// <summary>Runs <paramref name="change"/> (its check and its writes, through the same scoped Identity store)
    /// alone among the changes that can remove an admin.</summary>
    internal async Task RunAsync(Func<Task> change, CancellationToken cancellationToken)
    {
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);
        await _db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"identity.admins"}, 0))", cancellationToken);
        await change();
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Read from the database, not from accounts this request already holds: the other admin may have been
    /// deactivated a moment ago by the change that held the lock before this one.</summary>
    internal Task<bool> AnotherActiveAdminAsync(Guid leaving) =>
        (from user in _db.Users.AsNoTracking()
         join link in _db.UserRoles on user.Id equals link.UserId
         join role in _db.Roles on link.RoleId equals role.Id
         where role.Name == Roles.Admin && user.Id != leaving && user.DeactivatedAt == null && user.PasswordHash != null
         select user.Id).AnyAsync();
}
