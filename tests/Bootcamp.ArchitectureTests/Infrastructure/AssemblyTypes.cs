using System.Reflection;
using System.Runtime.CompilerServices;

namespace Bootcamp.ArchitectureTests.Infrastructure;

internal static class AssemblyTypes
{
    /// <summary>Every type the assembly defines: nested, compiler-generated and generated (resources, regexes…) included.
    /// A type that cannot be loaded makes the check impossible, so it throws rather than silently skipping.</summary>
    public static IReadOnlyList<Type> All(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            var reasons = string.Join(Environment.NewLine, ex.LoaderExceptions.Select(e => "  " + e?.Message).Distinct());
            throw new InvalidOperationException(
                $"Some types of {assembly.GetName().Name} could not be loaded, so the architecture cannot be checked:{Environment.NewLine}{reasons}", ex);
        }
    }

    public static string NameOf(Type type) => type.FullName ?? type.Name;

    public static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || type.Name.Contains('<', StringComparison.Ordinal);

    /// <summary>True for a strongly typed resource class (generated from a .resx).</summary>
    public static bool IsResourceDesigner(Type type) =>
        type.GetCustomAttributesData().Any(a =>
            a.AttributeType.FullName == "System.CodeDom.Compiler.GeneratedCodeAttribute"
            && a.ConstructorArguments.Count > 0
            && a.ConstructorArguments[0].Value is string tool
            && tool.Contains("StronglyTypedResourceBuilder", StringComparison.Ordinal));
}
