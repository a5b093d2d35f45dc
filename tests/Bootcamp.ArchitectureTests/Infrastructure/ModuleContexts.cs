using System.Reflection;
using Bootcamp.Shared.Modules;
using Bootcamp.Shared.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.ArchitectureTests.Infrastructure;

/// <summary>Module DbContexts built without a database: building a model and reading options never connects.</summary>
internal static class ModuleContexts
{
    /// <summary>The context `dotnet ef` uses to generate migrations: from the module's internal design-time factory.</summary>
    public static DbContext CreateDesignTime(ModuleDefinition module)
    {
        var factoryInterface = typeof(IDesignTimeDbContextFactory<>).MakeGenericType(module.DbContextType);
        var factories = AssemblyTypes.All(module.ImplementationAssembly)
            .Where(t => t is { IsClass: true, IsAbstract: false } && factoryInterface.IsAssignableFrom(t))
            .ToList();
        if (factories.Count != 1)
        {
            throw new InvalidOperationException(
                $"{module.ImplementationAssembly.GetName().Name} must have exactly one IDesignTimeDbContextFactory<{module.DbContextType.Name}> "
                + $"(found {factories.Count}); migrations are generated through it.");
        }

        var factory = Activator.CreateInstance(factories[0], nonPublic: true)!;
        var create = factoryInterface.GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
        return (DbContext)create.Invoke(factory, [Array.Empty<string>()])!;
    }

    /// <summary>DbContexts outside the modules (platform pieces such as identity), found through their design-time factories in
    /// every other Bootcamp assembly shipped with the Host: (context name, default schema).</summary>
    public static IReadOnlyList<(string Owner, string? Schema)> PlatformContextSchemas(IReadOnlyCollection<Assembly> excluded)
    {
        var skip = excluded.Select(a => a.GetName().Name).Append(typeof(ModuleContexts).Assembly.GetName().Name).ToHashSet(StringComparer.Ordinal);
        var result = new List<(string, string?)>();
        foreach (var path in Directory.EnumerateFiles(AppContext.BaseDirectory, "Bootcamp.*.dll").Order(StringComparer.Ordinal))
        {
            var name = AssemblyName.GetAssemblyName(path);
            if (skip.Contains(name.Name))
            {
                continue;
            }

            var assembly = Assembly.Load(name);
            foreach (var factory in AssemblyTypes.All(assembly).Where(t => t is { IsClass: true, IsAbstract: false }))
            {
                var contract = factory.GetInterfaces()
                    .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>));
                if (contract is null)
                {
                    continue;
                }

                var create = contract.GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
                using var context = (DbContext)create.Invoke(Activator.CreateInstance(factory, nonPublic: true), [Array.Empty<string>()])!;
                var schema = context is ModuleDbContext module ? module.Schema : context.GetService<IDesignTimeModel>().Model.GetDefaultSchema();
                result.Add(($"{name.Name}: {context.GetType().Name}", schema));
            }
        }

        return result;
    }

    /// <summary>The context as the running application gets it: the module's own <see cref="ModuleDefinition.Register"/>
    /// on a service collection, with a connection string that is never opened.</summary>
    public static RegisteredContext CreateAsRegistered(ModuleDefinition module)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"ConnectionStrings:{ModuleDbContextRegistration.ConnectionStringName}"] = "Host=localhost;Database=bootcamp_architecture_tests",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        module.Register(services, configuration);
        var provider = services.BuildServiceProvider();
        var scope = provider.CreateScope();
        return new RegisteredContext(provider, scope, (DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType));
    }

    internal sealed class RegisteredContext(ServiceProvider provider, IServiceScope scope, DbContext context) : IDisposable
    {
        public DbContext Context { get; } = context;

        public void Dispose()
        {
            scope.Dispose();
            provider.Dispose();
        }
    }
}
