using Bootcamp.Mail.Persistence;
using Bootcamp.Mail.Sending;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bootcamp.Mail;

internal sealed partial class MailOperations(
    IServiceScopeFactory scopes, MailSignal signal, TimeProvider clock, ILogger<MailOperations> logger) : IMailOperations
{
    public const int MaxPageSize = 200;
    public const int MaxSearchLength = 200;

    public async Task<MailQueueCounts> CountsAsync(DateTimeOffset sentSince, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var mails = scope.ServiceProvider.GetRequiredService<MailDbContext>().OutgoingMails.AsNoTracking();
        var pending = await mails.CountAsync(m => m.Status == MailStatus.Pending, ct);
        var failed = await mails.CountAsync(m => m.Status == MailStatus.Failed, ct);
        var sent = await mails.CountAsync(m => m.Status == MailStatus.Sent && m.SentAt >= sentSince, ct);
        return new MailQueueCounts(pending, failed, sent);
    }

    public async Task<int> PurgeSentBodiesAsync(DateTimeOffset sentBefore, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailDbContext>().OutgoingMails
            .Where(m => m.Status == MailStatus.Sent && m.SentAt < sentBefore && (m.TextBody != "" || m.HtmlBody != null || m.Attachments != null))
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.TextBody, "").SetProperty(m => m.HtmlBody, (string?)null)
                .SetProperty(m => m.Attachments, (string?)null), ct);
    }

    public async Task<MailQueuePage> ListAsync(MailQueueQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var size = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var page = Math.Max(query.Page, 1);
        await using var scope = scopes.CreateAsyncScope();
        var rows = scope.ServiceProvider.GetRequiredService<MailDbContext>().OutgoingMails.AsNoTracking();
        if (query.Status is { } status)
        {
            var wanted = ToStored(status);
            rows = rows.Where(m => m.Status == wanted);
        }

        if (query.Search?.Trim() is { Length: > 0 } search)
        {
            var pattern = "%" + EscapeLike(search.Length > MaxSearchLength ? search[..MaxSearchLength] : search) + "%";
            rows = rows.Where(m => EF.Functions.ILike(m.ToAddress, pattern, "\\") || EF.Functions.ILike(m.Category, pattern, "\\"));
        }

        var total = await rows.CountAsync(ct);
        var skip = (long)(page - 1) * size;
        var items = await WithoutBodies(rows
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip((int)Math.Min(skip, int.MaxValue)).Take(size))
            .ToListAsync(ct);
        return new MailQueuePage(items.Select(ToItem).ToList(), total, page, size);
    }

    public async Task<MailQueueItem?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var rows = scope.ServiceProvider.GetRequiredService<MailDbContext>().OutgoingMails.AsNoTracking().Where(m => m.Id == id);
        var row = await WithoutBodies(rows).SingleOrDefaultAsync(ct);
        return row is null ? null : ToItem(row);
    }

    // The projection is the point: the bodies never leave the database.
    private static IQueryable<Row> WithoutBodies(IQueryable<QueuedMail> mails) =>
        mails.Select(m => new Row(m.Id, m.ToAddress, m.Subject, m.Category, m.Status, m.Attempts, m.LastError, m.CreatedAt, m.SentAt));

    private static MailQueueItem ToItem(Row m) =>
        new(m.Id, m.ToAddress, m.Subject, m.Category, ToPublic(m.Status), m.Attempts, m.LastError, m.CreatedAt, m.SentAt);

    private sealed record Row(
        Guid Id, string ToAddress, string Subject, string Category, MailStatus Status, int Attempts, string? LastError,
        DateTimeOffset CreatedAt, DateTimeOffset? SentAt);

    public async Task<MailRetryOutcome?> RetryAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MailDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Locked like the sender's claim: two retries at once, or a retry while the sender holds the row, take turns,
        // and the second sees the first's outcome.
        var mail = (await db.OutgoingMails
            .FromSqlRaw("SELECT * FROM " + MailDbContext.SchemaName + "." + MailDbContext.TableName + " WHERE id = {0} FOR UPDATE", id)
            .ToListAsync(ct)).SingleOrDefault();
        if (mail is null)
        {
            return null;
        }

        var outcome = mail.RetryAfterFailure(clock.GetUtcNow());
        if (outcome == MailRetryOutcome.Retried)
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            LogRetried(mail.Id, mail.Category);
            signal.Notify();
        }

        return outcome;
    }

    private static MailStatus ToStored(MailQueueStatus status) => status switch
    {
        MailQueueStatus.Sent => MailStatus.Sent,
        MailQueueStatus.Failed => MailStatus.Failed,
        _ => MailStatus.Pending,
    };

    private static MailQueueStatus ToPublic(MailStatus status) => status switch
    {
        MailStatus.Sent => MailQueueStatus.Sent,
        MailStatus.Failed => MailQueueStatus.Failed,
        _ => MailQueueStatus.Pending,
    };

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {Id} ({Category}) put back to Pending by an admin")]
    private partial void LogRetried(Guid id, string category);
}
