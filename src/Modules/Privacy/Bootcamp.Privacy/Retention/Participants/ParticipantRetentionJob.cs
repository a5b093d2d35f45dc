using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.Retention.Runs;
using Bootcamp.Shared;
using Bootcamp.Shared.Jobs;
using Bootcamp.Shared.Privacy;
using Microsoft.Extensions.Options;

namespace Bootcamp.Privacy.Retention.Participants;

/// <summary>
/// Former participants are erased <c>Bootcamp:Retention:ParticipantYears</c> after their last follow-up (their
/// session's end when none went out), through every module's holder (decisions/0018): what a published figure counts —
/// attendance, completion, placements, survey answers — stays, anonymised, so past reports do not change. No consent
/// purpose lets a person ask to be kept longer (decisions/0020), so none is consulted. Idempotent as the not-admitted rule.
/// </summary>
internal sealed class ParticipantRetentionJob(
    ExpiredPeople people, RetentionLog log, IOptions<RetentionOptions> options, TimeProvider clock) : IBootcampJob
{
    public const string Name = "privacy.retention.participants";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var years = options.Value.ParticipantYears;
        var today = ProgrammeTime.Today(clock);
        await people.EraseExpiredAsync(RetentionRule.Participants, today, last => last.AddYears(years), today.AddYears(-years), log, cancellationToken);
    }
}
