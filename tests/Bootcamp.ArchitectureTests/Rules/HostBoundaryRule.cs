using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Runtime.CompilerServices;
using Bootcamp.ArchitectureTests.Infrastructure;

namespace Bootcamp.ArchitectureTests.Rules;

/// <summary>
/// Rule 4: the Host composes modules through their public surface only (the ModuleDefinition, contracts, MediatR).
/// Types are checked by <see cref="TypeDependencyRule"/>; this checks what NetArchTest cannot see: a non-public member
/// (an internal constructor, method or field) of a public module type, through the IL's MemberReferences. And no module
/// grants InternalsVisibleTo to anything but the test assemblies.
/// </summary>
internal static class HostBoundaryRule
{
    public static readonly IReadOnlySet<string> AllowedInternalsVisibleTo = new HashSet<string>(StringComparer.Ordinal)
    {
        "Bootcamp.IntegrationTests",
        "Bootcamp.UnitTests",
        "Bootcamp.ArchitectureTests",
        "Bootcamp.Benchmarks",
    };

    private const string HowToFix =
        "The Host may use a module only through its public ModuleDefinition and its Contracts (send a request or publish/handle an "
        + "event through MediatR). Add the request or DTO you need to the module's Contracts project instead of reaching inside.";

    /// <summary>
    /// IL-level: every MemberReference of the assembly that resolves to a module member which is not public, or whose
    /// declaring type is not public. <paramref name="runtimeModule"/> resolves the references exactly.
    /// </summary>
    public static IReadOnlyList<string> CheckMemberReferences(
        MetadataReader reader, Module runtimeModule, IReadOnlyCollection<Assembly> moduleAssemblies)
    {
        var modules = moduleAssemblies.Select(a => a.GetName().Name!).ToHashSet(StringComparer.Ordinal);
        var hostName = reader.GetString(reader.GetAssemblyDefinition().Name);
        var violations = new SortedSet<string>(StringComparer.Ordinal);

        foreach (var handle in reader.MemberReferences)
        {
            MemberInfo? member;
            try
            {
                member = runtimeModule.ResolveMember(MetadataTokens.GetToken(handle));
            }
            catch (ArgumentException)
            {
                continue; // needs a generic context; the type rule still covers the types involved
            }

            if (member?.DeclaringType is not { } declaring || !modules.Contains(declaring.Assembly.GetName().Name!))
            {
                continue;
            }

            var accessible = member switch
            {
                MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
                FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
                _ => true,
            };
            if (!accessible || !declaring.IsVisible)
            {
                violations.Add($"{hostName}: its IL calls or reads {declaring.Assembly.GetName().Name}'s non-public member "
                    + $"'{AssemblyTypes.NameOf(declaring)}.{member.Name}' (MemberReference). {HowToFix}");
            }
        }

        return violations.ToList();
    }

    /// <summary>Every TypeReference of the assembly whose resolution scope is a module assembly: (assembly, reflection type name).</summary>
    public static IReadOnlyList<(string Scope, string FullName)> ModuleTypeReferences(MetadataReader reader, IReadOnlyCollection<Assembly> moduleAssemblies)
    {
        var modules = moduleAssemblies.Select(a => a.GetName().Name!).ToHashSet(StringComparer.Ordinal);
        return reader.TypeReferences
            .Select(handle => Describe(reader, handle))
            .Where(reference => reference.Scope is not null && modules.Contains(reference.Scope))
            .Select(reference => (reference.Scope!, reference.FullName))
            .Distinct()
            .ToList();
    }

    /// <summary>The member check over a Host assembly file that is loaded at runtime too.</summary>
    public static IReadOnlyList<string> CheckMemberReferences(Assembly host, IReadOnlyCollection<Assembly> moduleAssemblies)
    {
        using var stream = File.OpenRead(host.Location);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        return CheckMemberReferences(pe.GetMetadataReader(), host.ManifestModule, moduleAssemblies);
    }

    /// <summary>A module may open its internals to test assemblies only, never to the Host or another module.</summary>
    public static IReadOnlyList<string> CheckInternalsVisibleTo(Assembly module)
    {
        var name = module.GetName().Name;
        return module.GetCustomAttributes<InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName.Split(',')[0].Trim())
            .Where(friend => !AllowedInternalsVisibleTo.Contains(friend))
            .Order(StringComparer.Ordinal)
            .Select(friend => $"{name} grants InternalsVisibleTo(\"{friend}\"): only the test assemblies "
                + $"({string.Join(", ", AllowedInternalsVisibleTo)}) may see a module's internals. Remove <InternalsVisibleTo Include=\"{friend}\" /> "
                + $"from {name}.csproj (or the [assembly: InternalsVisibleTo] attribute) and expose what {friend} needs through {name}.Contracts.")
            .ToList();
    }

    /// <summary>The assembly a TypeReference resolves to, and the reflection name of the type ('+' for nesting).</summary>
    private static (string? Scope, string FullName) Describe(MetadataReader reader, TypeReferenceHandle handle)
    {
        var reference = reader.GetTypeReference(handle);
        var name = reader.GetString(reference.Name);
        var scope = reference.ResolutionScope;
        while (scope.Kind == HandleKind.TypeReference)
        {
            reference = reader.GetTypeReference((TypeReferenceHandle)scope);
            name = reader.GetString(reference.Name) + "+" + name;
            scope = reference.ResolutionScope;
        }

        var ns = reader.GetString(reference.Namespace);
        var fullName = ns.Length == 0 ? name : ns + "." + name;
        return scope.Kind == HandleKind.AssemblyReference
            ? (reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name), fullName)
            : (null, fullName);
    }
}
