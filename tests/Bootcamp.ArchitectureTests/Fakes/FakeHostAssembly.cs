using System.Reflection;
using System.Reflection.Emit;
using Bootcamp.Shared.Modules;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.ArchitectureTests.Fakes;

/// <summary>
/// Broken on purpose (rule 4): emits a small "host" assembly that reaches into a module the way a careless Host could
/// (C# would need InternalsVisibleTo to compile it, which is exactly what the rule forbids):
/// a type with a public static field typed with the module's internal DbContext (a signature), and another whose method
/// body only creates the module's internal design-time factory (seen in the IL only, in no signature).
/// </summary>
internal static class FakeHostAssembly
{
    public const string AssemblyName = "Bootcamp.FakeHost";
    public const string TypeName = "Bootcamp.FakeHost.LeakyEndpoints";
    public const string BodyTypeName = "Bootcamp.FakeHost.LeakyFactories";

    public static byte[] Emit(Type internalFieldType, ConstructorInfo internalConstructorUsedInBody)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName(AssemblyName), typeof(object).Assembly);
        var module = assembly.DefineDynamicModule(AssemblyName);
        var type = module.DefineType(
            TypeName, TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Abstract | TypeAttributes.Sealed, typeof(object));

        type.DefineField("Database", internalFieldType, FieldAttributes.Public | FieldAttributes.Static);
        type.CreateType();

        var bodyOnly = module.DefineType(
            BodyTypeName, TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Abstract | TypeAttributes.Sealed, typeof(object));
        var method = bodyOnly.DefineMethod("CreateFactory", MethodAttributes.Public | MethodAttributes.Static, typeof(object), Type.EmptyTypes);
        var il = method.GetILGenerator();
        il.Emit(OpCodes.Newobj, internalConstructorUsedInBody);
        il.Emit(OpCodes.Ret);

        bodyOnly.CreateType();
        using var stream = new MemoryStream();
        assembly.Save(stream);
        return stream.ToArray();
    }

    /// <summary>Emits the assembly against <paramref name="module"/>'s internals into a temporary file for <paramref name="read"/>.</summary>
    public static T WithFile<T>(ModuleDefinition module, Func<string, T> read)
    {
        var factoryInterface = typeof(IDesignTimeDbContextFactory<>).MakeGenericType(module.DbContextType);
        var factory = module.ImplementationAssembly.GetTypes().Single(t => t.IsClass && factoryInterface.IsAssignableFrom(t));
        var constructor = factory.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes)!;
        var file = Path.Combine(Path.GetTempPath(), $"{AssemblyName}-{Guid.NewGuid():N}.dll");
        File.WriteAllBytes(file, Emit(module.DbContextType, constructor));
        try
        {
            return read(file);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
