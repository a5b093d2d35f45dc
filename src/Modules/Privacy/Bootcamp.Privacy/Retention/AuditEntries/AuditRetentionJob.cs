using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.Retention.Runs;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts.PersonalData;
using Bootcamp.Shared.Jobs;
using Bootcamp.Shared.Privacy;
using Microsoft.Extensions.Options;

namespace Bootcamp.Privacy.Retention.AuditEntries;

/// <summary>Audit entries — reads of sensitive fields, screenings and exports (Applications), account actions
/// (Identity) — are deleted <c>Bootcamp:Retention:AuditYears</c> after they were recorded, in every registered
/// <see cref="IAuditTrail"/>. The retention runs themselves are such a record and go with them. Idempotent: what is
/// deleted is gone.</summary>
internal sealed class AuditRetentionJob(
    IEnumerable<IAuditTrail> trails, RetentionLog log, IOptions<RetentionOptions> options, TimeProvider clock) : IBootcampJob
{
    public const string Name = "privacy.retention.audit";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().AddYears(-options.Value.AuditYears);
        var counts = new List<string>();
        var total = 0;
        foreach (var trail in trails.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var deleted = await trail.DeleteRecordedBeforeAsync(before, cancellationToken);
            total += deleted;
            counts.Add($"{trail.Name}: {deleted} deleted");
        }

        var runs = await log.DeleteRecordedBeforeAsync(before, cancellationToken);
        counts.Add($"RetentionRuns: {runs} deleted");
        await log.RecordAsync(RetentionRule.AuditEntries, DateOnly.FromDateTime(ProgrammeTime.Local(before).DateTime), total + runs,
            string.Join("; ", counts), cancellationToken);
    }
}
