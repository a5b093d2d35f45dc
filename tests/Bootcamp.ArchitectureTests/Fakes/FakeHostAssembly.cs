using System.Reflection;
using System.Reflection.Emit;

namespace Bootcamp.ArchitectureTests.Fakes;

/// <summary>
/// Broken on purpose (rule 4): emits a small "host" assembly that reaches into a module the way a careless Host could
/// (C# would need InternalsVisibleTo to compile it, which is exactly what the rule forbids):
/// a public static field typed with the module's internal DbContext (visible to reflection), and a method whose body only
/// creates the module's internal design-time factory (visible in the IL metadata only, not in any signature).
/// </summary>
internal static class FakeHostAssembly
{
    public const string AssemblyName = "Bootcamp.FakeHost";
    public const string TypeName = "Bootcamp.FakeHost.LeakyEndpoints";

    public static byte[] Emit(Type internalFieldType, ConstructorInfo internalConstructorUsedInBody)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName(AssemblyName), typeof(object).Assembly);
        var module = assembly.DefineDynamicModule(AssemblyName);
        var type = module.DefineType(
            TypeName, TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Abstract | TypeAttributes.Sealed, typeof(object));

        type.DefineField("Database", internalFieldType, FieldAttributes.Public | FieldAttributes.Static);

        var method = type.DefineMethod("CreateFactory", MethodAttributes.Public | MethodAttributes.Static, typeof(object), Type.EmptyTypes);
        var il = method.GetILGenerator();
        il.Emit(OpCodes.Newobj, internalConstructorUsedInBody);
        il.Emit(OpCodes.Ret);

        type.CreateType();
        using var stream = new MemoryStream();
        assembly.Save(stream);
        return stream.ToArray();
    }
}
