using Bootcamp.Mail;
using Bootcamp.Privacy.Contracts;
using Bootcamp.Privacy.Retention.Runs;
using Bootcamp.Shared;
using Bootcamp.Shared.Jobs;
using Bootcamp.Shared.Privacy;
using Microsoft.Extensions.Options;

namespace Bootcamp.Privacy.Retention.MailBodies;

/// <summary>Sent mail bodies are purged <c>Bootcamp:Retention:MailBodyDays</c> after sending; the queue keeps the row
/// (to whom, when, about what). The purge is the mail queue's own (<see cref="IMailOperations.PurgeSentBodiesAsync"/>);
/// this job gives it the rule's date and records the run with the other rules. Idempotent: a purged body is empty.</summary>
internal sealed class MailBodyRetentionJob(IMailOperations mail, RetentionLog log, IOptions<RetentionOptions> options, TimeProvider clock) : IBootcampJob
{
    public const string Name = "privacy.retention.mail-bodies";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().AddDays(-options.Value.MailBodyDays);
        var purged = await mail.PurgeSentBodiesAsync(before, cancellationToken);
        await log.RecordAsync(RetentionRule.MailBodies, DateOnly.FromDateTime(ProgrammeTime.Local(before).DateTime), purged,
            $"Mail: {purged} bodies purged", cancellationToken);
    }
}
