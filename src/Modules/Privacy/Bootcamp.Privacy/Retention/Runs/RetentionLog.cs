using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Privacy.Retention.Runs;

/// <summary>Records a run once its work is done: a run that failed half-way records nothing, and the next one finds
/// and reports what is left.</summary>
internal sealed class RetentionLog(PrivacyDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(RetentionRule rule, DateOnly expiredBefore, int count, string detail, CancellationToken cancellationToken)
    {
        db.RetentionRuns.Add(RetentionRun.Record(rule, clock.GetUtcNow(), expiredBefore, count, detail));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The log of runs is an audit record too: kept as long as the audit trails, then deleted with them.</summary>
    public Task<int> DeleteRecordedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        db.RetentionRuns.Where(r => r.RanAt < before).ExecuteDeleteAsync(cancellationToken);
}
