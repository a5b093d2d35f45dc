using Bootcamp.Applications;
using Bootcamp.ArchitectureTests.Infrastructure;
using Bootcamp.ArchitectureTests.Rules;
using Bootcamp.Attendance;
using Bootcamp.Messages;
using Bootcamp.Placements;
using Bootcamp.Portfolios;
using Bootcamp.Privacy;
using Bootcamp.Reporting;
using Bootcamp.Sessions;
using Bootcamp.Surveys;

namespace Bootcamp.ArchitectureTests;

/// <summary>The other rules run per module as the Host composes them: these make sure none is left out.</summary>
public class ModuleCatalogTests
{
    [Fact]
    public void Host_composes_every_module_of_the_design()
    {
        Type[] expected =
        [
            typeof(ApplicationsModule), typeof(SessionsModule), typeof(AttendanceModule), typeof(PortfoliosModule),
            typeof(SurveysModule), typeof(PlacementsModule), typeof(ReportingModule), typeof(PrivacyModule),
            typeof(MessagesModule),
        ];

        var composed = BootcampAssemblies.Modules.Select(m => m.GetType()).ToList();

        Assert.All(expected, type => Assert.Contains(type, composed));
    }

    [Fact]
    public void Every_module_project_under_src_Modules_is_composed_by_the_host()
    {
        var composed = BootcampAssemblies.Modules
            .SelectMany(m => new[] { m.ImplementationAssembly.GetName().Name!, m.ContractsAssembly.GetName().Name! })
            .Concat(BootcampAssemblies.WebAssemblies.Select(w => w.GetName().Name!))
            .ToHashSet(StringComparer.Ordinal);

        var violations = Solution.ModuleProjectFiles()
            .Select(path => (Path: path, Name: Path.GetFileNameWithoutExtension(path)))
            .Where(p => !composed.Contains(p.Name))
            .Select(p => $"{Solution.RelativePath(p.Path)} is not part of any module in {BootcampAssemblies.CompositionTypeName}.Modules() or WebModules(), "
                + "so the architecture rules do not check it: add its ModuleDefinition to the Host's composition (and its Contracts "
                + "as that module's ContractsAssembly), or move the project out of src/Modules.")
            .ToList();

        Violations.AssertNone(violations, "every module project is composed by the Host");
    }

    [Fact]
    public void Each_module_has_one_web_project_named_after_it()
    {
        var expected = BootcampAssemblies.Modules.Select(m => m.ImplementationAssembly.GetName().Name + ".Web").Order(StringComparer.Ordinal);
        var composed = BootcampAssemblies.WebAssemblies.Select(w => w.GetName().Name!).Order(StringComparer.Ordinal);

        Assert.Equal(expected, composed);
    }

    [Fact]
    public void Each_module_has_its_own_contracts_assembly()
    {
        var violations = BootcampAssemblies.Modules
            .Where(m => m.ContractsAssembly == m.ImplementationAssembly
                || m.ContractsAssembly.GetName().Name != m.ImplementationAssembly.GetName().Name + ".Contracts")
            .Select(m => $"Module {m.Name}: ContractsAssembly is {m.ContractsAssembly.GetName().Name}, expected "
                + $"{m.ImplementationAssembly.GetName().Name}.Contracts (a separate project keeps references one-way).")
            .ToList();

        Assert.True(ModuleReferenceRule.IsContracts(BootcampAssemblies.SharedContracts.GetName().Name!));
        Violations.AssertNone(violations, "each module has its own Contracts assembly");
    }
}
