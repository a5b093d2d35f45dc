using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bootcamp.Shared.Outbox;

/// <summary>
/// Base of every handler of another module's event: the handler's work and its inbox row commit in one transaction of
/// the consuming module, so a redelivered event is recognised and skipped.
/// </summary>
public abstract class IntegrationEventHandler<TEvent, TContext>(TContext db, TimeProvider clock) : INotificationHandler<TEvent>
    where TEvent : IntegrationEvent
    where TContext : ModuleDbContext
{
    protected TContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    public async Task Handle(TEvent notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var handler = GetType().FullName ?? GetType().Name;
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        var seen = await Db.InboxMessages.AnyAsync(m => m.MessageId == notification.EventId && m.Handler == handler, cancellationToken);
        if (seen)
        {
            return;
        }

        using (AmbientTransaction.Enlist(transaction.GetDbTransaction()))
        {
            await HandleOnceAsync(notification, cancellationToken);
            Db.InboxMessages.Add(new InboxMessage { MessageId = notification.EventId, Handler = handler, ProcessedAt = Clock.GetUtcNow() });
            await Db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    protected abstract Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
