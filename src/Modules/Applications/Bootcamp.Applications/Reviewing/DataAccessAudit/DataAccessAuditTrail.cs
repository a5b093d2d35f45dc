using Bootcamp.Applications.Persistence;
using Bootcamp.Shared.Contracts.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Applications.Reviewing.DataAccessAudit;

/// <summary>The reads of sensitive fields, screenings and exports, deleted once older than the audit retention.</summary>
internal sealed class DataAccessAuditTrail(ApplicationsDbContext db) : IAuditTrail
{
    public string Name => "DataAccess";

    public Task<int> DeleteRecordedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        db.AuditEntries.Where(e => e.At < before).ExecuteDeleteAsync(cancellationToken);
}
