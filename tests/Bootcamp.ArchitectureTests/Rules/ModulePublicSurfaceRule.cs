using System.Reflection;
using Bootcamp.ArchitectureTests.Infrastructure;
using Bootcamp.Shared.Modules;

namespace Bootcamp.ArchitectureTests.Rules;

/// <summary>
/// Rule 1: a module implementation assembly exposes exactly one public type, its <c>&lt;Module&gt;Module : ModuleDefinition</c>.
/// Everything else is internal; what other modules may use lives in the module's Contracts assembly.
/// </summary>
internal static class ModulePublicSurfaceRule
{
    public static IReadOnlyList<string> Check(Assembly implementation, string moduleName)
    {
        var assemblyName = implementation.GetName().Name;
        var expected = moduleName + "Module";
        var visible = AssemblyTypes.All(implementation)
            .Where(t => t.IsVisible)
            .OrderBy(AssemblyTypes.NameOf, StringComparer.Ordinal)
            .ToList();
        var violations = new List<string>();

        var definitions = visible
            .Where(t => t.Name == expected && !t.IsNested && t is { IsClass: true, IsAbstract: false } && typeof(ModuleDefinition).IsAssignableFrom(t))
            .ToList();
        if (definitions.Count == 0)
        {
            violations.Add(
                $"{assemblyName} has no public class '{expected} : ModuleDefinition'. A module implementation assembly must expose exactly "
                + $"its module definition, which the Host composes: add `public sealed class {expected} : ModuleDefinition` to {assemblyName}.");
        }

        foreach (var type in visible.Except(definitions))
        {
            violations.Add(
                $"{assemblyName} exposes public type '{AssemblyTypes.NameOf(type)}'{Describe(type)}. Only {expected} may be public in a module "
                + $"implementation: make it internal{HowToHide(type)}. If another module needs it, move it (as a request, event or DTO) "
                + $"into {assemblyName}.Contracts.");
        }

        return violations;
    }

    private static string Describe(Type type)
    {
        var traits = new List<string>();
        if (type.IsNested)
        {
            traits.Add($"nested in {AssemblyTypes.NameOf(type.DeclaringType!)}");
        }

        if (AssemblyTypes.IsCompilerGenerated(type))
        {
            traits.Add("compiler-generated");
        }

        if (AssemblyTypes.IsResourceDesigner(type))
        {
            traits.Add("strongly typed resource class");
        }

        if (typeof(ModuleDefinition).IsAssignableFrom(type))
        {
            traits.Add("a second ModuleDefinition, or one not named after the module");
        }

        return traits.Count == 0 ? "" : $" ({string.Join(", ", traits)})";
    }

    private static string HowToHide(Type type)
    {
        if (AssemblyTypes.IsResourceDesigner(type))
        {
            return " (generate the .resx class as internal: drop PublicClass=true / use ResXFileCodeGenerator, not the Public one)";
        }

        if (type.IsNested)
        {
            return " (or make the nested type private/internal)";
        }

        return type.Namespace?.Contains(".Migrations", StringComparison.Ordinal) == true
            ? " (EF migrations are generated public: add them with scripts/add-migration.sh, which makes them internal)"
            : "";
    }
}
