using Bootcamp.ArchitectureTests.Fakes;
using Bootcamp.ArchitectureTests.Infrastructure;
using Bootcamp.ArchitectureTests.Rules;

namespace Bootcamp.ArchitectureTests;

/// <summary>Rule 2: module references are one-way (implementation → Shared and Contracts; Contracts → Contracts only).</summary>
public class ModuleReferenceTests
{
    public static TheoryData<string> Modules => BootcampAssemblies.ModuleNames();

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_implementation_assembly_references_only_shared_and_contracts(string module)
    {
        var violations = ModuleReferenceRule.CheckAssembly(BootcampAssemblies.Module(module).ImplementationAssembly, ProjectKind.ModuleImplementation);

        Violations.AssertNone(violations, $"{module}: the implementation references only Bootcamp.Shared*, *.Contracts and framework/NuGet");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_contracts_assembly_references_only_contracts(string module)
    {
        var violations = ModuleReferenceRule.CheckAssembly(BootcampAssemblies.Module(module).ContractsAssembly, ProjectKind.Contracts);

        Violations.AssertNone(violations, $"{module}: the contracts reference only Bootcamp.Shared.Contracts and other contracts, no EF Core");
    }

    [Fact]
    public void Shared_contracts_assembly_references_only_contracts()
    {
        var violations = ModuleReferenceRule.CheckAssembly(BootcampAssemblies.SharedContracts, ProjectKind.Contracts);

        Violations.AssertNone(violations, "Bootcamp.Shared.Contracts references no implementation and no EF Core");
    }

    [Fact]
    public void Module_project_files_reference_only_shared_and_contracts()
    {
        // The compiler drops references nothing uses, so a forbidden ProjectReference can hide from the assembly check.
        var projects = Solution.ModuleProjectFiles()
            .Append(Path.Combine(Solution.SharedDirectory, "Bootcamp.Shared.Contracts", "Bootcamp.Shared.Contracts.csproj"));
        var violations = new List<string>();
        foreach (var path in projects)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            var kind = Solution.IsContractsProject(name) ? ProjectKind.Contracts : ProjectKind.ModuleImplementation;
            violations.AddRange(ModuleReferenceRule.CheckProjectFile(name, File.ReadAllText(path), kind)
                .Select(v => $"{Solution.RelativePath(path)}: {v}"));
        }

        Assert.NotEmpty(Solution.ModuleProjectFiles());
        Violations.AssertNone(violations, "module csproj files reference only what the one-way rule allows");
    }

    [Fact]
    public void Csproj_check_fails_when_a_module_references_another_module_implementation_or_the_host()
    {
        var violations = ModuleReferenceRule.CheckProjectFile(
            "Bootcamp.Attendance", FakeProjects.AttendanceReferencingSessionsImplementation, ProjectKind.ModuleImplementation);

        Violations.AssertReported(violations, @"Include=""..\..\Sessions\Bootcamp.Sessions\Bootcamp.Sessions.csproj""",
            "another module's implementation", "Reference Bootcamp.Sessions.Contracts instead");
        Violations.AssertReported(violations, "Bootcamp.Host.csproj", "must never reference the Host");
        Assert.Equal(2, violations.Count); // Shared and the contracts references are fine
    }

    [Fact]
    public void Csproj_check_fails_when_contracts_reference_implementation_infrastructure_or_ef_core()
    {
        var violations = ModuleReferenceRule.CheckProjectFile(
            "Bootcamp.Sessions.Contracts", FakeProjects.ContractsReferencingInfrastructure, ProjectKind.Contracts);

        Violations.AssertReported(violations, @"Include=""Microsoft.EntityFrameworkCore""", "must not depend on persistence", "remove the reference");
        Violations.AssertReported(violations, "Bootcamp.Shared.csproj", "may reference only Bootcamp.Shared.Contracts and other *.Contracts");
        Violations.AssertReported(violations, "Bootcamp.Attendance.csproj", "may reference only Bootcamp.Shared.Contracts and other *.Contracts");
        Assert.Equal(3, violations.Count); // MediatR and Bootcamp.Shared.Contracts are fine
    }

    [Fact]
    public void Assembly_check_fails_when_an_assembly_references_another_module_implementation()
    {
        // This test assembly, read as if it were a module implementation, references the Sessions implementation.
        var violations = ModuleReferenceRule.CheckAssembly(typeof(FakeModule).Assembly, ProjectKind.ModuleImplementation);

        Violations.AssertReported(violations, "references Bootcamp.Sessions:", "Reference Bootcamp.Sessions.Contracts instead");
        Violations.AssertNotReported(violations, "references Bootcamp.Shared:");
    }

    [Fact]
    public void Assembly_check_fails_when_contracts_reference_shared_infrastructure_or_ef_core()
    {
        // This test assembly, read as if it were a contracts assembly, references Bootcamp.Shared and EF Core.
        var violations = ModuleReferenceRule.CheckAssembly(typeof(FakeModule).Assembly, ProjectKind.Contracts);

        Violations.AssertReported(violations, "references Bootcamp.Shared:", "may reference only Bootcamp.Shared.Contracts");
        Violations.AssertReported(violations, "references Microsoft.EntityFrameworkCore", "must not depend on persistence");
        Violations.AssertNotReported(violations, "references Bootcamp.Shared.Contracts:");
    }
}
