using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.PersonalData;
using Bootcamp.Privacy.Retention.Runs;
using Bootcamp.Shared;
using Bootcamp.Shared.Contracts.PersonalData;
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
    ExpiredPeople people, PersonalDataOffice office, RetentionLog log, IOptions<RetentionOptions> options, TimeProvider clock) : IBootcampJob
{
    public const string Name = "privacy.retention.not-admitted";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var months = options.Value.NotAdmittedMonths;
        var today = ProgrammeTime.Today(clock);
        var expired = await people.FindAsync(RetentionRule.NotAdmitted, today, end => end.AddMonths(months), cancellationToken);
        var reports = new List<ErasureReport>();
        foreach (var person in expired)
        {
            reports.AddRange(await office.EraseAsync(person.Keys, cancellationToken));
        }

        await log.RecordAsync(RetentionRule.NotAdmitted, today.AddMonths(-months), expired.Count, ExpiredPeople.Summarise(reports), cancellationToken);
    }
}
