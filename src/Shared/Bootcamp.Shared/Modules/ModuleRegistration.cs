using System.Reflection;
using Bootcamp.Shared.DemoData;
using Bootcamp.Shared.Links;
using Bootcamp.Shared.Mediation;
using Bootcamp.Shared.Outbox;
using Bootcamp.Shared.Persistence;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bootcamp.Shared.Modules;

public static class ModuleRegistration
{
    /// <summary>
    /// Composes the modules: MediatR 5 with our behaviours (MediatR 5.1 has no assembly scanning of its own that we can
    /// use, and its handlers must stay internal to their module), each module's handlers and validators, the outbox
    /// machinery and the module's own services.
    /// </summary>
    public static IServiceCollection AddBootcampModules(
        this IServiceCollection services, IConfiguration configuration, params ModuleDefinition[] modules)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var catalog = new ModuleCatalog(modules);
        services.AddSingleton(catalog);
        services.TryAddSingleton(TimeProvider.System);

        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        // Registration order is pipeline order: logging wraps validation wraps the transaction.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));

        services.AddOutbox(configuration, catalog);
        services.AddSingleton<ModuleMigrator>();
        services.AddScoped<DemoDataRunner>();
        services.AddSingleton<Privacy.SensitiveData>();
        services.AddPublicLinks(configuration);

        foreach (var module in modules)
        {
            foreach (var assembly in new[] { module.ContractsAssembly, module.ImplementationAssembly }.Distinct())
            {
                RegisterHandlers(services, assembly);
            }

            module.Register(services, configuration);
        }

        return services;
    }

    private static readonly Type[] ScannedInterfaces =
    [
        typeof(IRequestHandler<,>),
        typeof(INotificationHandler<>),
        typeof(IValidator<>),
    ];

    internal static void RegisterHandlers(IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && ScannedInterfaces.Contains(i.GetGenericTypeDefinition())))
            {
                // Only validators of requests run in the pipeline; validators of parts (SessionDetails…) are composed
                // by their parent's validator and may need constructor arguments DI cannot give.
                if (contract.GetGenericTypeDefinition() == typeof(IValidator<>) && !typeof(IBaseRequest).IsAssignableFrom(contract.GetGenericArguments()[0]))
                {
                    continue;
                }

                services.AddScoped(contract, type);
            }

            if (typeof(IDemoDataSeeder).IsAssignableFrom(type))
            {
                services.AddScoped(typeof(IDemoDataSeeder), type);
            }
        }
    }
}
