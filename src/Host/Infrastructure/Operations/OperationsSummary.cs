using Bootcamp.Mail;
using Bootcamp.Shared.Outbox;
using Hangfire;

namespace Bootcamp.Host.Infrastructure.Operations;

/// <summary>What needs the admin's attention, in counts: mails, jobs and events that failed, events that are stuck.
/// <see cref="FailedJobs"/> is null when the job store did not answer.</summary>
internal sealed record OperationsCounts(
    int PendingMails,
    int FailedMails,
    int SentMailsLastDay,
    long? FailedJobs,
    IReadOnlyList<OutboxModuleCounts>? Events)
{
    /// <summary>False when an outbox could not be read (a schema missing or the database down).</summary>
    public bool EventsKnown => Events is not null;

    public int FailedEvents => Events?.Sum(e => e.Failed) ?? 0;

    public int StuckEvents => Events?.Sum(e => e.Stuck) ?? 0;

    /// <summary>Whether anything failed or is stuck (an unknown job count counts as something to look at).</summary>
    public bool NeedsAttention => FailedMails > 0 || FailedJobs is not 0 || !EventsKnown || FailedEvents > 0 || StuckEvents > 0;
}

/// <summary>
/// The operations counts behind the admin's Operations page (and any page that wants to say "something failed"): a
/// handful of count queries, never a list, so a page may ask on every view.
/// </summary>
internal sealed partial class OperationsSummary(
    IMailOperations mail, OutboxOperations outbox, JobStorage jobs, TimeProvider clock, ILogger<OperationsSummary> logger)
{
    public async Task<OperationsCounts> GetAsync(CancellationToken cancellationToken)
    {
        var mails = await mail.CountsAsync(clock.GetUtcNow().AddDays(-1), cancellationToken);
        return new OperationsCounts(
            mails.Pending, mails.Failed, mails.SentSince, await FailedJobsAsync(cancellationToken), await EventsAsync(cancellationToken));
    }

    private async Task<IReadOnlyList<OutboxModuleCounts>?> EventsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await outbox.CountsAsync(cancellationToken);
        }
        catch (Npgsql.PostgresException ex)
        {
            // One count over every module's outbox: a module whose schema is missing fails it; the module health says which.
            LogOutboxUnreadable(ex);
            return null;
        }
    }

    private async Task<long?> FailedJobsAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Hangfire's monitoring API is synchronous; the failed count is one count query on its state set.
            return await Task.Run(() => jobs.GetMonitoringApi().FailedCount(), cancellationToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException or InvalidOperationException)
        {
            LogJobStoreUnreachable(ex);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operations: the outboxes could not be counted")]
    private partial void LogOutboxUnreadable(Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Operations: the job store did not answer the failed-jobs count")]
    private partial void LogJobStoreUnreachable(Exception ex);
}
