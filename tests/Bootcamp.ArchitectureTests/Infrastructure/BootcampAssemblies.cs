using System.Reflection;
using Bootcamp.Shared.Modules;

namespace Bootcamp.ArchitectureTests.Infrastructure;

/// <summary>The application as the Host composes it: the module list is read from the Host's own composition root
/// (<c>BootcampComposition.Modules()</c>), so a module added there is checked without touching these tests.</summary>
internal static class BootcampAssemblies
{
    public const string HostAssemblyName = "Bootcamp.Host";
    public const string CompositionTypeName = "Bootcamp.Host.Infrastructure.BootcampComposition";

    private static readonly Lazy<IReadOnlyList<ModuleDefinition>> ComposedModules = new(LoadModules);

    private static readonly Lazy<IReadOnlyList<Assembly>> ComposedWebAssemblies = new(LoadWebAssemblies);

    public static Assembly Host { get; } = Assembly.Load(new AssemblyName(HostAssemblyName));

    public static IReadOnlyList<ModuleDefinition> Modules => ComposedModules.Value;

    /// <summary>The modules' Web projects (Razor Class Libraries), as <c>BootcampComposition.WebModules()</c> lists them.</summary>
    public static IReadOnlyList<Assembly> WebAssemblies => ComposedWebAssemblies.Value;

    /// <summary>The shell every module's pages use.</summary>
    public static Assembly Shell => typeof(Bootcamp.Web.WebModule).Assembly;

    public static Assembly SharedContracts => typeof(Bootcamp.Shared.Contracts.IntegrationEvent).Assembly;

    public static Assembly Shared => typeof(ModuleDefinition).Assembly;

    public static ModuleDefinition Module(string name) =>
        Modules.SingleOrDefault(m => m.Name == name)
        ?? throw new InvalidOperationException($"No module named '{name}' in {CompositionTypeName}.Modules().");

    /// <summary>Module names, as xunit theory data (one test case per module).</summary>
    public static TheoryData<string> ModuleNames()
    {
        var data = new TheoryData<string>();
        foreach (var module in Modules)
        {
            data.Add(module.Name);
        }

        return data;
    }

    /// <summary>Every assembly that belongs to a module: implementations and contracts.</summary>
    public static IReadOnlyList<Assembly> ModuleAssemblies() =>
        Modules.SelectMany(m => new[] { m.ImplementationAssembly, m.ContractsAssembly }).Distinct().ToList();

    /// <summary>Every module implementation assembly.</summary>
    public static IReadOnlyList<Assembly> ModuleImplementationAssemblies() => Modules.Select(m => m.ImplementationAssembly).Distinct().ToList();

    /// <summary>Everything that is not a contract: the module implementations, the platform projects the Host uses
    /// (Shared, Mail, Identity, …) and the Host itself.</summary>
    public static IReadOnlyList<Assembly> ImplementationAssemblies() =>
        Host.GetReferencedAssemblies()
            .Where(n => n.Name is { } name && name.StartsWith("Bootcamp.", StringComparison.Ordinal) && !name.EndsWith(".Contracts", StringComparison.Ordinal))
            .Select(Assembly.Load)
            .Concat(ModuleImplementationAssemblies())
            .Append(Host)
            .Distinct()
            .ToList();

    private static IReadOnlyList<ModuleDefinition> LoadModules()
    {
        var composition = Host.GetType(CompositionTypeName, throwOnError: true)!;
        var method = composition.GetMethod("Modules", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, Type.EmptyTypes)
            ?? throw new InvalidOperationException($"{CompositionTypeName} has no static Modules() method any more; update the architecture tests.");
        return (ModuleDefinition[])method.Invoke(null, null)!;
    }

    private static IReadOnlyList<Assembly> LoadWebAssemblies()
    {
        var composition = Host.GetType(CompositionTypeName, throwOnError: true)!;
        var method = composition.GetMethod("WebModules", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, Type.EmptyTypes)
            ?? throw new InvalidOperationException($"{CompositionTypeName} has no static WebModules() method any more; update the architecture tests.");
        return ((Bootcamp.Web.WebModule[])method.Invoke(null, null)!).Select(w => w.GetType().Assembly).Distinct().ToList();
    }
}
