using System.Reflection;
using Bootcamp.ArchitectureTests.Infrastructure;
using NetArchTest.Rules;

namespace Bootcamp.ArchitectureTests.Rules;

/// <summary>
/// Type dependency rules, read by NetArchTest from the IL (signatures and method bodies alike: fields, locals, calls,
/// object creation, typeof, attributes, generic arguments). One forbidden list per rule, made of full type names taken
/// from the assemblies themselves, because a module's implementation and its contracts share a namespace prefix
/// (<c>Bootcamp.Sessions</c> and <c>Bootcamp.Sessions.Contracts</c>) and so cannot be told apart by namespace.
/// What NetArchTest cannot see (the accessibility of a member, csproj references, schemas) stays in the other rules.
/// </summary>
internal static class TypeDependencyRule
{
    private const string HostFix =
        "The Host may use a module only through its public ModuleDefinition and its Contracts (send a request or publish/handle an "
        + "event through MediatR). Add the request or DTO you need to the module's Contracts project instead of reaching inside.";

    /// <summary>Rule 4: no Host type depends on a module's non-public type.</summary>
    public static IReadOnlyList<string> HostUsesNoModuleInternals(Types host, IReadOnlyCollection<Assembly> moduleAssemblies)
    {
        var internals = moduleAssemblies.SelectMany(AssemblyTypes.All).Where(t => !t.IsVisible);
        return Failures(host, internals, "depends on a module's non-public type", HostFix);
    }

    /// <summary>Rule 2: a module implementation depends on no type of another module's implementation, nor of the Host.</summary>
    public static IReadOnlyList<string> ImplementationUsesNoOtherImplementation(
        Types module, Assembly own, IReadOnlyCollection<Assembly> implementations, Assembly host)
    {
        var forbidden = implementations.Where(a => a != own).Append(host).SelectMany(AssemblyTypes.All);
        return Failures(module, forbidden, "depends on another module's implementation or on the Host",
            "Use that module's Contracts (its requests and integration events) instead, and keep the Host out of modules.");
    }

    /// <summary>Rule 5: a module's Web project depends on no module implementation, no other module's Web project and
    /// not the Host: its pages send requests, as any caller does.</summary>
    public static IReadOnlyList<string> WebUsesNoImplementation(
        Types web, Assembly own, IReadOnlyCollection<Assembly> implementations, IReadOnlyCollection<Assembly> webAssemblies, Assembly host)
    {
        var forbidden = implementations.Concat(webAssemblies.Where(a => a != own)).Append(host).SelectMany(AssemblyTypes.All);
        return Failures(web, forbidden, "depends on a module implementation, another module's Web project or the Host",
            "Send the module's requests (its Contracts) instead; what every module's pages need belongs in the shell.");
    }

    /// <summary>Rule 2: contracts depend on no implementation or infrastructure type, and on no persistence library.</summary>
    public static IReadOnlyList<string> ContractsUseNoImplementation(Types contracts, IReadOnlyCollection<Assembly> implementations)
    {
        var forbidden = implementations.SelectMany(AssemblyTypes.All).Where(IsProjectType).Select(NameOf)
            .Concat(["Microsoft.EntityFrameworkCore", "Npgsql"]);
        return Failures(contracts, forbidden, "depends on an implementation, infrastructure or persistence type",
            "Keep contracts plain (requests, events, DTOs): move the type you need into a Contracts project.");
    }

    /// <summary>The project types of <paramref name="assembly"/> whose name, as the rules write it, is not the name NetArchTest
    /// reads: a rule naming them would forbid nothing. Empty when the naming is right. (NetArchTest leaves generated resource
    /// classes out of its own list, though it still sees references to them.)</summary>
    public static IReadOnlyList<string> NamesNetArchTestWouldNotMatch(Assembly assembly)
    {
        var read = Types.InAssembly(assembly).GetTypes().Select(t => t.FullName).ToHashSet(StringComparer.Ordinal);
        return AssemblyTypes.All(assembly).Where(IsProjectType).Where(t => !AssemblyTypes.IsResourceDesigner(t)).Select(NameOf).Where(n => !read.Contains(n)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The types of a compiled assembly file that is not loaded for execution (e.g. one emitted by a test).</summary>
    public static Types FromFile(string path) => Types.FromFile(path);

    public static Types Of(Assembly assembly) => Types.InAssembly(assembly);

    // Only the project's own types: the compiler embeds types of the same name in every assembly
    // (<PrivateImplementationDetails>, System.Runtime.CompilerServices.NullableAttribute, …), which name nothing of a module.
    private static IReadOnlyList<string> Failures(Types types, IEnumerable<Type> forbidden, string what, string fix) =>
        Failures(types, forbidden.Where(IsProjectType).Select(NameOf), what, fix);

    private static bool IsProjectType(Type type) =>
        type.Namespace?.StartsWith("Bootcamp", StringComparison.Ordinal) == true && !type.Name.Contains('<', StringComparison.Ordinal);

    private static IReadOnlyList<string> Failures(Types types, IEnumerable<string> forbidden, string what, string fix)
    {
        var result = types.Should().NotHaveDependencyOnAny(forbidden.Distinct(StringComparer.Ordinal).ToArray()).GetResult();
        return result.IsSuccessful
            ? []
            : result.FailingTypes.Select(t => $"{t.FullName} {what} ({t.Explanation?.Trim()}). {fix}").Order(StringComparer.Ordinal).ToList();
    }

    // NetArchTest names nested types the way Mono.Cecil does ('/'); generic ones keep their arity (LoggingBehavior`2).
    private static string NameOf(Type type) => AssemblyTypes.NameOf(type).Replace('+', '/');
}
