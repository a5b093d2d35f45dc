using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Runtime.CompilerServices;
using Bootcamp.ArchitectureTests.Infrastructure;

namespace Bootcamp.ArchitectureTests.Rules;

/// <summary>
/// Rule 4: the Host composes modules through their public surface only (the ModuleDefinition, contracts, MediatR).
/// Checked twice: on reflection-visible signatures, and on the IL metadata (every TypeReference and MemberReference of the
/// Host assembly, which also catches what only method bodies mention: locals, typeof, calls, object creation).
/// And no module grants InternalsVisibleTo to anything but the test assemblies.
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

    /// <summary>Signatures seen by reflection: base types, interfaces, fields, properties, events, method and constructor
    /// parameters and return types, generic arguments and constraints, and attribute types, of every Host type.</summary>
    public static IReadOnlyList<string> CheckSignatures(Assembly host, IReadOnlyCollection<Assembly> moduleAssemblies)
    {
        var modules = moduleAssemblies.ToHashSet();
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in AssemblyTypes.All(host))
        {
            var owner = AssemblyTypes.NameOf(type);
            Use(type.BaseType, owner, "base type");
            foreach (var implemented in type.GetInterfaces())
            {
                Use(implemented, owner, "implemented interface");
            }

            foreach (var parameter in type.IsGenericTypeDefinition ? type.GetGenericArguments() : [])
            {
                foreach (var constraint in parameter.GetGenericParameterConstraints())
                {
                    Use(constraint, owner, $"constraint on {parameter.Name}");
                }
            }

            foreach (var attribute in type.GetCustomAttributesData())
            {
                Use(attribute.AttributeType, owner, "attribute");
            }

            foreach (var field in type.GetFields(Declared))
            {
                Use(field.FieldType, $"{owner}.{field.Name}", "field type");
            }

            foreach (var property in type.GetProperties(Declared))
            {
                Use(property.PropertyType, $"{owner}.{property.Name}", "property type");
            }

            foreach (var @event in type.GetEvents(Declared))
            {
                Use(@event.EventHandlerType, $"{owner}.{@event.Name}", "event type");
            }

            foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            {
                var member = $"{owner}.{method.Name}";
                if (method is MethodInfo info)
                {
                    Use(info.ReturnType, member, "return type");
                    foreach (var parameter in info.IsGenericMethodDefinition ? info.GetGenericArguments() : [])
                    {
                        foreach (var constraint in parameter.GetGenericParameterConstraints())
                        {
                            Use(constraint, member, $"constraint on {parameter.Name}");
                        }
                    }
                }

                foreach (var parameter in method.GetParameters())
                {
                    Use(parameter.ParameterType, member, $"parameter '{parameter.Name}'");
                }
            }
        }

        return violations.ToList();

        void Use(Type? used, string where, string role)
        {
            foreach (var part in Flatten(used))
            {
                if (modules.Contains(part.Assembly) && !part.IsVisible)
                {
                    violations.Add($"{host.GetName().Name}: {where} uses {part.Assembly.GetName().Name}'s non-public type "
                        + $"'{AssemblyTypes.NameOf(part)}' as its {role}. {HowToFix}");
                }
            }
        }
    }

    /// <summary>
    /// IL-level: every TypeReference of the assembly (with its resolution scope, i.e. the assembly it comes from) and every
    /// MemberReference. A cross-assembly type can be mentioned in IL only through a TypeReference, so this sees what method
    /// bodies use as well as signatures. <paramref name="runtimeModule"/>, when given, resolves member references exactly.
    /// </summary>
    public static IReadOnlyList<string> CheckMetadataReferences(
        MetadataReader reader, Module? runtimeModule, IReadOnlyCollection<Assembly> moduleAssemblies)
    {
        var modules = moduleAssemblies.ToDictionary(a => a.GetName().Name!, StringComparer.Ordinal);
        var hostName = reader.GetString(reader.GetAssemblyDefinition().Name);
        var violations = new SortedSet<string>(StringComparer.Ordinal);

        foreach (var (scope, fullName) in ModuleTypeReferences(reader, moduleAssemblies))
        {
            var type = modules[scope].GetType(fullName, throwOnError: false);
            if (type is null)
            {
                violations.Add($"{hostName}: its IL references type '{fullName}' from {scope}, which no longer exists there "
                    + "(stale build?). Rebuild; if it persists, the reference is to something that is not part of the module's public surface.");
            }
            else if (!type.IsVisible)
            {
                violations.Add($"{hostName}: its IL references {scope}'s non-public type '{fullName}' (TypeReference, resolution scope "
                    + $"{scope}; used in a signature or a method body). {HowToFix}");
            }
        }

        if (runtimeModule is null)
        {
            return violations.ToList();
        }

        foreach (var handle in reader.MemberReferences)
        {
            MemberInfo? member;
            try
            {
                member = runtimeModule.ResolveMember(MetadataTokens.GetToken(handle));
            }
            catch (ArgumentException)
            {
                continue; // needs a generic context; the TypeReferences above still cover the types involved
            }

            if (member?.DeclaringType is not { } declaring || !modules.ContainsKey(declaring.Assembly.GetName().Name!))
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

    /// <summary>The metadata check over a Host assembly file that is loaded at runtime too.</summary>
    public static IReadOnlyList<string> CheckMetadataReferences(Assembly host, IReadOnlyCollection<Assembly> moduleAssemblies)
    {
        using var stream = File.OpenRead(host.Location);
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        return CheckMetadataReferences(pe.GetMetadataReader(), host.ManifestModule, moduleAssemblies);
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

    private static IEnumerable<Type> Flatten(Type? type)
    {
        if (type is null || type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var element in Flatten(type.GetElementType()))
            {
                yield return element;
            }

            yield break;
        }

        if (type.IsConstructedGenericType)
        {
            yield return type.GetGenericTypeDefinition();
            foreach (var argument in type.GenericTypeArguments.SelectMany(Flatten))
            {
                yield return argument;
            }

            yield break;
        }

        yield return type;
    }
}
