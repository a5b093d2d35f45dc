using Bootcamp.Messages.Composing;
using Bootcamp.Messages.Contracts;
using Bootcamp.Messages.Persistence;
using Bootcamp.Messages.Recipients;
using Bootcamp.Messages.Resources;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Messages.Sending;

/// <summary>
/// Records the message and its recipients in the command's one transaction, and nothing else: the mails are queued by
/// the delivery job in batches, so a send to two hundred people answers at once and shows its progress. Two posts of
/// the same form (a double click, a retry after a timeout) wait for each other on an advisory lock and the second finds
/// the first's message by its key; the unique index on (session, key) is the backstop.
/// </summary>
internal sealed class SendMessageHandler(MessagesDbContext db, Audience audience, TimeProvider clock) : IRequestHandler<SendMessage, Guid>
{
    public async Task<Guid> Handle(SendMessage request, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"SELECT pg_advisory_xact_lock(hashtextextended({"messages|" + request.SessionId + "|" + request.IdempotencyKey}, 0))", cancellationToken);
        var existing = await db.Messages.AsNoTracking()
            .Where(m => m.SessionId == request.SessionId && m.IdempotencyKey == request.IdempotencyKey)
            .Select(m => (Guid?)m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return id;
        }

        var who = await audience.ForAsync(request.SessionId, [.. request.Groups.Distinct()], cancellationToken);
        if (who.Recipients.Count == 0)
        {
            throw new ConflictException(MessagesMail.NobodyToWrite);
        }

        var english = who.Recipients.Count(r => r.English);
        var message = Message.Write(
            request.SessionId, request.Text, request.Groups, request.IdempotencyKey, request.SentBy,
            who.Recipients.Count - english, english, clock.GetUtcNow());
        db.Messages.Add(message);
        db.Recipients.AddRange(who.Recipients.Select(r => MessageRecipient.For(message.Id, r.ApplicationId, r.Culture)));
        return message.Id;
    }
}
