using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bootcamp.Shared.Modules;

/// <summary>
/// The one public type of a module's implementation assembly: the Host composes the application from these.
/// Everything else a module has stays internal, and other modules see only its Contracts assembly.
/// </summary>
public abstract class ModuleDefinition
{
    /// <summary>The module's name in the programme's words (Applications, Sessions…).</summary>
    public abstract string Name { get; }

    /// <summary>The PostgreSQL schema that holds every table of the module, its outbox, inbox and migrations history.</summary>
    public abstract string Schema { get; }

    /// <summary>The module's DbContext (a <see cref="Persistence.ModuleDbContext"/>).</summary>
    public abstract Type DbContextType { get; }

    /// <summary>The module's public contracts: requests, notifications and DTOs other modules may use.</summary>
    public abstract Assembly ContractsAssembly { get; }

    public Assembly ImplementationAssembly => GetType().Assembly;

    /// <summary>Registers the module's own services (its DbContext, options, jobs…). Handlers and validators are found
    /// by the shared assembly scan and need no registration here.</summary>
    public abstract void Register(IServiceCollection services, IConfiguration configuration);

    public bool Owns(Type type) => type.Assembly == ImplementationAssembly || type.Assembly == ContractsAssembly;
}
