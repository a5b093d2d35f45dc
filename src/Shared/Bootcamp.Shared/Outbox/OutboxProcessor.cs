using Bootcamp.Shared.Modules;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bootcamp.Shared.Outbox;

/// <summary>Drains every module's outbox, woken by commits and by a poll that catches rows left by a crash or
/// written by another instance.</summary>
internal sealed partial class OutboxProcessor(
    OutboxDispatcher dispatcher,
    ModuleCatalog catalog,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxProcessor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var module in catalog.Modules)
            {
                try
                {
                    while (await dispatcher.DispatchBatchAsync(module.DbContextType, stoppingToken) >= settings.BatchSize)
                    {
                        // A full batch means more may be waiting.
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // The loop must survive a database hiccup; the rows stay pending and are retried.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogDispatchFailed(ex, module.Name);
                }
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch for module {Module} failed; will retry")]
    private partial void LogDispatchFailed(Exception ex, string module);
}
