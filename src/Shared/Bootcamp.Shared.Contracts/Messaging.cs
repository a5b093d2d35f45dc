using MediatR;

namespace Bootcamp.Shared.Contracts;

/// <summary>A request that changes state. It runs inside one database transaction of the module that handles it,
/// and the integration events it raises are committed in that same transaction.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;

/// <summary>A request that only reads.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;

/// <summary>An event another module may react to. It travels through the producer's outbox, so its
/// <see cref="EventId"/> is what consumers deduplicate on.</summary>
public abstract record IntegrationEvent : INotification
{
    public Guid EventId { get; init; } = Guid.NewGuid();
}
