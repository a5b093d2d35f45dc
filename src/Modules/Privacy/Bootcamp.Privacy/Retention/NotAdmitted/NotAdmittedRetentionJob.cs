using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.Retention.Runs;
using Bootcamp.Shared;
using Bootcamp.Shared.Jobs;
using Bootcamp.Shared.Privacy;
using Microsoft.Extensions.Options;

namespace Bootcamp.Privacy.Retention.NotAdmitted;

/// <summary>
/// Applicants who never became a participant are erased <c>Bootcamp:Retention:NotAdmittedMonths</c> after the end of
/// the sessions they applied to, through every module's holder as an admin's erasure would (decisions/0018): the
/// applications stay anonymised because the reports count them. Idempotent: an erased application is never a candidate
/// again, and a run stopped half-way leaves the links that let the next run finish it (Applications is erased last).
/// </summary>
internal sealed class NotAdmittedRetentionJob(
    ExpiredPeople people, RetentionLog log, IOptions<RetentionOptions> options, TimeProvider clock) : IBootcampJob
{
    public const string Name = "privacy.retention.not-admitted";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var months = options.Value.NotAdmittedMonths;
        var today = ProgrammeTime.Today(clock);
        await people.EraseExpiredAsync(RetentionRule.NotAdmitted, today, end => end.AddMonths(months), today.AddMonths(-months), log, cancellationToken);
    }
}
