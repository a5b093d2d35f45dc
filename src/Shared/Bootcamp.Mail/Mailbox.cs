using Bootcamp.Mail.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Mail;

internal sealed class Mailbox(IServiceScopeFactory scopes) : IMailbox
{
    public const int MaxPageSize = 200;

    public async Task<IReadOnlyList<MailSummary>> RecentAsync(int page, int pageSize, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var skip = (long)(Math.Max(page, 1) - 1) * size;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MailDbContext>();
        var rows = await db.OutgoingMails.AsNoTracking()
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip((int)Math.Min(skip, int.MaxValue)).Take(size)
            .ToListAsync(ct);
        return rows.Select(ToSummary).ToList();
    }

    public async Task<MailSummary?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MailDbContext>();
        var row = await db.OutgoingMails.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        return row is null ? null : ToSummary(row);
    }

    private static MailSummary ToSummary(QueuedMail m) =>
        new(m.Id, m.ToAddress, m.Subject, m.TextBody, m.Category, m.Culture, m.Status.ToString(), m.Attempts, m.LastError, m.CreatedAt, m.SentAt);
}
