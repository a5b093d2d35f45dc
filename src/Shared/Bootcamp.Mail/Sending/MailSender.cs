using Bootcamp.Mail.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bootcamp.Mail.Sending;

/// <summary>
/// Sends queued mail. Each mail is claimed in a transaction of its own with <c>FOR UPDATE SKIP LOCKED</c>, so several
/// Host instances send side by side without sending a mail twice at the same time, and a sent mail is marked Sent as
/// soon as the server accepted it. A failure is recorded on the row (attempts, last_error, next_attempt_at with
/// exponential backoff) and the mail is retried until Email:MaxAttempts, then marked Failed. Woken by each enqueue, and
/// polls for retries coming due and for mail queued by other instances. A mail sent or given up on keeps its bodies
/// with the site's private links taken out (<see cref="SentMailRedaction"/>), in the update that records the outcome.
/// Logs ids, categories and statuses, never bodies or addresses.
/// </summary>
internal sealed partial class MailSender(
    IServiceScopeFactory scopes,
    MailTransportSelector transports,
    MailSignal signal,
    SentMailRedaction redaction,
    IOptions<MailOptions> options,
    TimeProvider clock,
    ILogger<MailSender> logger) : BackgroundService
{
    private const int MaxErrorLength = 2000;

    private static readonly string ClaimSql =
        "SELECT * FROM " + MailDbContext.SchemaName + "." + MailDbContext.TableName + " " +
        "WHERE status = 'Pending' AND next_attempt_at <= {0} AND channel = ANY({1}) ORDER BY next_attempt_at, created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var settings = options.Value;
        if (!settings.Enabled)
        {
            LogDisabled();
            return;
        }

        var available = transports.SelectAll();
        if (!available.Any(t => t.Channel == MessageChannel.Email))
        {
            LogNoTransport();
        }

        if (available.Count == 0)
        {
            return;
        }

        foreach (var started in available)
        {
            LogStarted(started.Description);
        }

        var byChannel = available.ToDictionary(t => t.Channel);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendNextAsync(byChannel, settings, stoppingToken))
                {
                    // One mail per transaction; keep going while mail is due.
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The sender must survive a database hiccup; the mails stay pending and are retried.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogLoopFailed(ex);
            }

            try
            {
                await signal.WaitAsync(settings.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Claims and sends the next due message of a channel that has a transport; false when none is due. A
    /// channel without one (SMS turned off) keeps its messages pending.</summary>
    internal async Task<bool> SendNextAsync(
        IReadOnlyDictionary<MessageChannel, IMailTransport> transportsByChannel, MailOptions settings, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MailDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var channels = transportsByChannel.Keys.Select(c => c.ToString()).ToArray();
        var claimed = await db.OutgoingMails.FromSqlRaw(ClaimSql, clock.GetUtcNow(), channels).ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return false;
        }

        var mail = claimed[0];
        var transport = transportsByChannel[mail.Channel];
        mail.Attempts++;
        try
        {
            var destination = await transport.DeliverAsync(mail, cancellationToken);
            mail.Status = MailStatus.Sent;
            mail.SentAt = clock.GetUtcNow();
            mail.LastError = null;
            redaction.Redact(mail);
            LogSent(mail.Id, mail.Category, mail.Attempts, destination);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = Describe(ex, mail.ToAddress);
            mail.LastError = reason;
            if (mail.Attempts >= settings.MaxAttempts)
            {
                mail.Status = MailStatus.Failed;
                redaction.Redact(mail);
                LogGaveUp(mail.Id, mail.Category, mail.Attempts, reason);
            }
            else
            {
                var backoff = settings.BackoffAfter(mail.Attempts);
                mail.NextAttemptAt = clock.GetUtcNow() + backoff;
                LogWillRetry(mail.Id, mail.Category, mail.Attempts, backoff, reason);
            }
        }

        // The outcome is recorded even when shutdown began meanwhile: a delivered mail must not be sent again.
        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        return true;
    }

    /// <summary>The error chain's messages, without stack traces, with the recipient's address blanked out (it is
    /// personal data and goes to the logs).</summary>
    internal static string Describe(Exception exception, string recipient)
    {
        var parts = new List<string>();
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var text = current is MailKit.Net.Smtp.SmtpCommandException smtp
                ? $"{current.GetType().Name} ({(int)smtp.StatusCode} {smtp.StatusCode}): {current.Message}"
                : $"{current.GetType().Name}: {current.Message}";
            parts.Add(text);
        }

        var description = string.Join(" ---> ", parts);
        if (!string.IsNullOrEmpty(recipient))
        {
            description = description.Replace(recipient, "<recipient>", StringComparison.OrdinalIgnoreCase);
        }

        return description.Length > MaxErrorLength ? description[..MaxErrorLength] : description;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail sender disabled (Email:Enabled=false): mails are queued, not sent")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "No SMTP server is configured (Email:Smtp:Host, environment Email__Smtp__Host): e-mails are queued in mail.outgoing_mails but " +
        "NOT sent; they stay Pending and go out once SMTP is configured and the app restarted")]
    private partial void LogNoTransport();

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail sender started: delivering through {Transport}")]
    private partial void LogStarted(string transport);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {Id} ({Category}) Sent on attempt {Attempts} to {Destination}")]
    private partial void LogSent(Guid id, string category, int attempts, string destination);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {Id} ({Category}) still Pending: attempt {Attempts} failed, retrying in {Backoff}: {Reason}")]
    private partial void LogWillRetry(Guid id, string category, int attempts, TimeSpan backoff, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {Id} ({Category}) Failed after {Attempts} attempts; not retried: {Reason}")]
    private partial void LogGaveUp(Guid id, string category, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail sender could not read the queue; will retry")]
    private partial void LogLoopFailed(Exception ex);
}
