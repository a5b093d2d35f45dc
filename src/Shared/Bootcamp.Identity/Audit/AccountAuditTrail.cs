using Bootcamp.Identity.Persistence;
using Bootcamp.Shared.Contracts.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Identity.Audit;

/// <summary>The account audit (sign-ins, invitations, role changes…), deleted once older than the audit retention.</summary>
internal sealed class AccountAuditTrail(IdentityStoreDbContext db) : IAuditTrail
{
    public string Name => "Accounts";

    public Task<int> DeleteRecordedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        db.AccountEvents.Where(e => e.At < before).ExecuteDeleteAsync(cancellationToken);
}
