using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Outbox;
using Bootcamp.Shared.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Shared.Mediation;

/// <summary>
/// One transaction per command, on the DbContext of the module that owns the command: the handler's changes and the
/// events it raised into the outbox commit together or not at all.
/// </summary>
internal sealed class UnitOfWorkBehavior<TRequest, TResponse>(IServiceProvider services, ModuleCatalog catalog, OutboxSignal outboxSignal)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (request is not ICommand<TResponse> || catalog.OwnerOf(typeof(TRequest)) is not { } module)
        {
            return await next();
        }

        var db = (DbContext)services.GetRequiredService(module.DbContextType);
        if (db.Database.CurrentTransaction is not null)
        {
            // Already inside the module's transaction (a command sent from an event handler): join it.
            var nested = await next();
            await db.SaveChangesAsync(cancellationToken);
            return nested;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        TResponse response;
        using (AmbientTransaction.Enlist(transaction.GetDbTransaction()))
        {
            response = await next();
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        outboxSignal.Notify();
        return response;
    }
}
