using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using Bootcamp.ArchitectureTests.Fakes;
using Bootcamp.ArchitectureTests.Infrastructure;
using Bootcamp.ArchitectureTests.Rules;
using Microsoft.EntityFrameworkCore.Design;

namespace Bootcamp.ArchitectureTests;

/// <summary>Rule 4: the Host uses no module internals, and modules open their internals to test assemblies only.</summary>
public class HostBoundaryTests
{
    public static TheoryData<string> Modules => BootcampAssemblies.ModuleNames();

    [Fact]
    public void Host_types_depend_on_no_module_internals()
    {
        var violations = TypeDependencyRule.HostUsesNoModuleInternals(TypeDependencyRule.Of(BootcampAssemblies.Host), BootcampAssemblies.ModuleAssemblies());

        Violations.AssertNone(violations, "Host types use only the public surface of modules");
    }

    [Fact]
    public void Host_IL_uses_no_non_public_module_member()
    {
        var violations = HostBoundaryRule.CheckMemberReferences(BootcampAssemblies.Host, BootcampAssemblies.ModuleAssemblies());

        Violations.AssertNone(violations, "the Host's IL calls or reads only public members of modules");
    }

    [Fact]
    public void Host_IL_check_sees_the_module_types_the_host_does_use()
    {
        // Guards the check above against passing vacuously: the Host composes every module and sends their requests.
        using var stream = File.OpenRead(BootcampAssemblies.Host.Location);
        using var pe = new PEReader(stream);

        var references = HostBoundaryRule.ModuleTypeReferences(pe.GetMetadataReader(), BootcampAssemblies.ModuleAssemblies());

        Assert.All(BootcampAssemblies.Modules, module => Assert.Contains(
            (module.ImplementationAssembly.GetName().Name!, module.GetType().FullName!), references));
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_grants_InternalsVisibleTo_only_to_test_assemblies(string module)
    {
        var definition = BootcampAssemblies.Module(module);

        var violations = HostBoundaryRule.CheckInternalsVisibleTo(definition.ImplementationAssembly)
            .Concat(HostBoundaryRule.CheckInternalsVisibleTo(definition.ContractsAssembly))
            .ToList();

        Violations.AssertNone(violations, $"{module}: InternalsVisibleTo only for test assemblies");
    }

    [Fact]
    public void Rule_fails_when_a_host_uses_module_internals_in_a_signature_and_in_a_method_body()
    {
        var sessions = BootcampAssemblies.Module("Sessions");
        var factoryInterface = typeof(IDesignTimeDbContextFactory<>).MakeGenericType(sessions.DbContextType);
        var factory = sessions.ImplementationAssembly.GetTypes().Single(t => t.IsClass && factoryInterface.IsAssignableFrom(t));
        var factoryConstructor = factory.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes)!;
        Assert.False(sessions.DbContextType.IsVisible);
        Assert.False(factory.IsVisible);

        var image = FakeHostAssembly.Emit(sessions.DbContextType, factoryConstructor);
        var context = new AssemblyLoadContext("fake-host", isCollectible: true);
        try
        {
            var fakeHost = context.LoadFromStream(new MemoryStream(image));
            var modules = BootcampAssemblies.ModuleAssemblies();
            var file = Path.Combine(Path.GetTempPath(), $"{FakeHostAssembly.AssemblyName}-{Guid.NewGuid():N}.dll");
            File.WriteAllBytes(file, image);
            try
            {
                // Both uses are seen: a field's type (a signature) and a factory created in a method body only.
                var types = TypeDependencyRule.HostUsesNoModuleInternals(TypeDependencyRule.FromFile(file), modules);
                Violations.AssertReported(types, FakeHostAssembly.TypeName + " ", "depends on a module's non-public type",
                    sessions.DbContextType.Name, "through its public ModuleDefinition and its Contracts");
                Violations.AssertReported(types, FakeHostAssembly.BodyTypeName + " ", factory.Name);
                Assert.Equal(2, types.Count);
            }
            finally
            {
                File.Delete(file);
            }

            using var pe = new PEReader(ImmutableArray.Create(image));
            var members = HostBoundaryRule.CheckMemberReferences(pe.GetMetadataReader(), fakeHost.ManifestModule, modules);
            Violations.AssertReported(members, $"non-public member '{factory.FullName}..ctor' (MemberReference)", "Add the request or DTO you need");
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Rule_fails_when_a_module_grants_InternalsVisibleTo_the_host()
    {
        // This test assembly, standing in for a module, has <InternalsVisibleTo Include="Bootcamp.Host" /> in its csproj.
        var violations = HostBoundaryRule.CheckInternalsVisibleTo(typeof(FakeModule).Assembly);

        Violations.AssertReported(violations, "grants InternalsVisibleTo(\"Bootcamp.Host\")", "Remove <InternalsVisibleTo Include=\"Bootcamp.Host\" />");
        Assert.Single(violations);
    }
}
