using Bootcamp.Shared.Contracts;
using Bootcamp.Shared.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Shared.Outbox;

internal static class OutboxRegistration
{
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration, ModuleCatalog catalog)
    {
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        var eventTypes = catalog.Modules
            .SelectMany(m => m.ContractsAssembly.GetTypes())
            .Where(t => t is { IsAbstract: false } && typeof(IntegrationEvent).IsAssignableFrom(t));
        services.AddSingleton(new IntegrationEventTypes(eventTypes));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<OutboxDrain>();
        services.AddSingleton<OutboxOperations>();
        services.AddHostedService<OutboxProcessor>();
        return services;
    }
}
