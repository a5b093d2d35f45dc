namespace Bootcamp.Shared.Modules;

/// <summary>The modules the Host was composed of, in registration order.</summary>
public sealed class ModuleCatalog(IReadOnlyList<ModuleDefinition> modules)
{
    public IReadOnlyList<ModuleDefinition> Modules { get; } = modules;

    /// <summary>The module whose contracts or implementation declare <paramref name="type"/>, if any.</summary>
    public ModuleDefinition? OwnerOf(Type type) => Modules.FirstOrDefault(m => m.Owns(type));
}
