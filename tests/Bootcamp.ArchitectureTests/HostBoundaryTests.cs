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
    public void Host_signatures_use_no_module_internals()
    {
        var violations = HostBoundaryRule.CheckSignatures(BootcampAssemblies.Host, BootcampAssemblies.ModuleAssemblies());

        Violations.AssertNone(violations, "Host types use only the public surface of modules");
    }

    [Fact]
    public void Host_IL_references_no_module_internals()
    {
        var violations = HostBoundaryRule.CheckMetadataReferences(BootcampAssemblies.Host, BootcampAssemblies.ModuleAssemblies());

        Violations.AssertNone(violations, "the Host's IL (type and member references) touches only the public surface of modules");
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
    public void Rule_fails_when_a_host_uses_module_internals_in_signatures_and_in_IL()
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

            var signatures = HostBoundaryRule.CheckSignatures(fakeHost, modules);
            Violations.AssertReported(signatures, $"{FakeHostAssembly.TypeName}.Database uses Bootcamp.Sessions's non-public type '{sessions.DbContextType.FullName}'",
                "field type", "through its public ModuleDefinition and its Contracts");
            Violations.AssertNotReported(signatures, factory.FullName!); // only in a method body: reflection cannot see it

            using var pe = new PEReader(ImmutableArray.Create(image));
            var metadata = HostBoundaryRule.CheckMetadataReferences(pe.GetMetadataReader(), fakeHost.ManifestModule, modules);
            Violations.AssertReported(metadata, $"its IL references Bootcamp.Sessions's non-public type '{factory.FullName}'", "resolution scope Bootcamp.Sessions");
            Violations.AssertReported(metadata, $"its IL references Bootcamp.Sessions's non-public type '{sessions.DbContextType.FullName}'");
            Violations.AssertReported(metadata, $"non-public member '{factory.FullName}..ctor' (MemberReference)", "Add the request or DTO you need");
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
