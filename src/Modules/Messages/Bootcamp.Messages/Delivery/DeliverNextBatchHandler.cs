using Bootcamp.Applications.Contracts;
using Bootcamp.Mail;
using Bootcamp.Messages.Composing;
using Bootcamp.Messages.Persistence;
using Bootcamp.Messages.Previewing;
using Bootcamp.Sessions.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bootcamp.Messages.Delivery;

/// <summary>
/// Exactly once per recipient, with any number of Hosts and retries: pending rows are claimed <c>FOR UPDATE SKIP
/// LOCKED</c>, each mail is queued in this same transaction (the mail queue joins it) under the key
/// <c>messages:{message}:{application}</c>, and the row is marked queued. Killed before the commit, neither the mail nor
/// the mark exists and the next pass sends it; after the commit the row is no longer pending, and the key would make a
/// second queueing a no-op anyway. Applications is asked right before queueing, so someone erased or whose consent was
/// withdrawn since the message was written gets nothing.
/// </summary>
internal sealed class DeliverNextBatchHandler(
    MessagesDbContext db, IMediator mediator, IMailQueue mail, TimeProvider clock, IOptions<DeliveryOptions> options)
    : IRequestHandler<DeliverNextBatch, int>
{
    public async Task<int> Handle(DeliverNextBatch request, CancellationToken cancellationToken)
    {
        var batch = Math.Max(1, options.Value.BatchSize);
        var claimed = await (request.MessageId is { } messageId
            ? db.Database.SqlQuery<ClaimedRow>($"""
                SELECT message_id AS "MessageId", application_id AS "ApplicationId" FROM messages.message_recipients
                WHERE state = 'Pending' AND message_id = {messageId}
                ORDER BY application_id LIMIT {batch}
                FOR UPDATE SKIP LOCKED
                """)
            : db.Database.SqlQuery<ClaimedRow>($"""
                SELECT message_id AS "MessageId", application_id AS "ApplicationId" FROM messages.message_recipients
                WHERE state = 'Pending'
                ORDER BY message_id, application_id LIMIT {batch}
                FOR UPDATE SKIP LOCKED
                """)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var group in claimed.GroupBy(c => c.MessageId))
        {
            var message = await db.Messages.SingleAsync(m => m.Id == group.Key, cancellationToken);
            var ids = group.Select(c => c.ApplicationId).ToList();
            var recipients = await db.Recipients.Where(r => r.MessageId == message.Id && ids.Contains(r.ApplicationId)).ToListAsync(cancellationToken);
            var session = await mediator.Send(new GetSession(message.SessionId), cancellationToken);
            var contact = (await mediator.Send(new GetApplicantsToContact(message.SessionId, [], ids), cancellationToken))
                .Contactable.ToDictionary(a => a.ApplicationId);
            int queued = 0, skipped = 0;
            foreach (var recipient in recipients)
            {
                if (!contact.TryGetValue(recipient.ApplicationId, out var person))
                {
                    recipient.Skip(now);
                    skipped++;
                    continue;
                }

                var (outgoing, _) = MessageMail.Render(
                    message.Text, session.Details, person.PreferredLanguage, person.Email, person.FirstName,
                    $"{person.FirstName} {person.LastName}", MessageMail.DeduplicationKey(message.Id, person.ApplicationId));
                await mail.EnqueueAsync(outgoing, cancellationToken);
                recipient.Queued(outgoing.Culture, now);
                queued++;
            }

            message.RecordBatch(queued, skipped);
            await db.SaveChangesAsync(cancellationToken);
            if (!await db.Recipients.AnyAsync(r => r.MessageId == message.Id && r.State == RecipientState.Pending, cancellationToken))
            {
                message.Complete(now);
            }
        }

        if (claimed.Count == 0)
        {
            // Nothing left to claim: a message whose last rows another Host queued while this one looked (each saw the
            // other's rows still pending), or whose last recipients were erased, is complete now.
            var open = await db.Messages
                .Where(m => m.CompletedAt == null && (request.MessageId == null || m.Id == request.MessageId))
                .Where(m => !db.Recipients.Any(r => r.MessageId == m.Id && r.State == RecipientState.Pending))
                .ToListAsync(cancellationToken);
            open.ForEach(m => m.Complete(now));
        }

        return claimed.Count;
    }

    private sealed record ClaimedRow(Guid MessageId, Guid ApplicationId);
}
