using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Outbox;
using MediatR;

namespace Bootcamp.ArchitectureTests.Fakes;

internal sealed record SomeTestEvent : IntegrationEvent;

internal sealed record PlainTestNotification : INotification;

/// <summary>Broken on purpose (rule 5): handles an integration event without the inbox, so a redelivery runs it twice.</summary>
internal sealed class DirectTestEventHandler : INotificationHandler<SomeTestEvent>
{
    public Task Handle(SomeTestEvent notification, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Correct: deduplicated through the inbox.</summary>
internal sealed class DeduplicatedTestEventHandler(FakeModuleDbContext db, TimeProvider clock)
    : IntegrationEventHandler<SomeTestEvent, FakeModuleDbContext>(db, clock)
{
    protected override Task HandleOnceAsync(SomeTestEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Fine: an in-process notification that is not an integration event needs no inbox.</summary>
internal sealed class PlainTestNotificationHandler : INotificationHandler<PlainTestNotification>
{
    public Task Handle(PlainTestNotification notification, CancellationToken cancellationToken) => Task.CompletedTask;
}
