using Bootcamp.Shared.Modules;

namespace Bootcamp.Shared.Outbox;

/// <summary>
/// Runs every module's outbox until nothing is due, in the caller's flow. For demo seeders: on a fresh database the rows
/// they build on (participants, class meetings…) are made by event handlers that the background processor would only run
/// after start-up.
/// </summary>
public sealed class OutboxDrain(OutboxDispatcher outbox, ModuleCatalog catalog)
{
    /// <summary>The bound only guards against handlers that keep raising events forever: a demo database holds hundreds
    /// of enrolments, many batches' worth.</summary>
    public async Task DrainAsync(CancellationToken cancellationToken, int maxPasses = 10_000)
    {
        for (var pass = 0; pass < maxPasses; pass++)
        {
            var dispatched = 0;
            foreach (var module in catalog.Modules)
            {
                dispatched += await outbox.DispatchBatchAsync(module.DbContextType, cancellationToken);
            }

            if (dispatched == 0)
            {
                return;
            }
        }
    }
}
