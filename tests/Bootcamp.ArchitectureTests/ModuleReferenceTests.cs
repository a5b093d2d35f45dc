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
    public void Module_implementation_types_depend_on_no_other_module_implementation(string module)
    {
        var own = BootcampAssemblies.Module(module).ImplementationAssembly;
        var violations = TypeDependencyRule.ImplementationUsesNoOtherImplementation(
            TypeDependencyRule.Of(own), own, BootcampAssemblies.ModuleImplementationAssemblies(), BootcampAssemblies.Host);

        Violations.AssertNone(violations, $"{module}: the implementation uses Bootcamp.Shared*, *.Contracts and framework/NuGet types only");
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_contracts_types_depend_on_no_implementation(string module)
    {
        var violations = TypeDependencyRule.ContractsUseNoImplementation(
            TypeDependencyRule.Of(BootcampAssemblies.Module(module).ContractsAssembly), BootcampAssemblies.ImplementationAssemblies());

        Violations.AssertNone(violations, $"{module}: the contracts use only Bootcamp.Shared.Contracts and other contracts, no EF Core");
    }

    [Fact]
    public void Shared_contracts_types_depend_on_no_implementation()
    {
        var violations = TypeDependencyRule.ContractsUseNoImplementation(
            TypeDependencyRule.Of(BootcampAssemblies.SharedContracts), BootcampAssemblies.ImplementationAssemblies());

        Violations.AssertNone(violations, "Bootcamp.Shared.Contracts uses no implementation and no EF Core");
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
    public void Type_rules_name_every_module_type_as_NetArchTest_reads_it()
    {
        // Nested (Outer/Inner) and generic (Name`2) types included: a misspelt name would make a rule pass vacuously.
        var unmatched = BootcampAssemblies.ImplementationAssemblies().SelectMany(TypeDependencyRule.NamesNetArchTestWouldNotMatch).ToList();

        Violations.AssertNone(unmatched, "every forbidden type name matches a type NetArchTest reads");
    }

    [Fact]
    public void Type_rule_fails_when_a_module_uses_another_module_implementation()
    {
        // The emitted assembly, read as if it were the Attendance implementation, uses two of Sessions' internal types.
        var sessions = BootcampAssemblies.Module("Sessions");
        var violations = FakeHostAssembly.WithFile(sessions, file => TypeDependencyRule.ImplementationUsesNoOtherImplementation(
            TypeDependencyRule.FromFile(file), BootcampAssemblies.Module("Attendance").ImplementationAssembly,
            BootcampAssemblies.ModuleImplementationAssemblies(), BootcampAssemblies.Host));

        Violations.AssertReported(violations, FakeHostAssembly.TypeName + " ", "another module's implementation", sessions.DbContextType.Name, "Use that module's Contracts");
        Assert.Equal(2, violations.Count);
    }

    [Fact]
    public void Type_rule_fails_when_contracts_use_an_implementation_or_ef_core()
    {
        var sessions = BootcampAssemblies.Module("Sessions");
        var implementation = FakeHostAssembly.WithFile(sessions, file => TypeDependencyRule.ContractsUseNoImplementation(
            TypeDependencyRule.FromFile(file), BootcampAssemblies.ImplementationAssemblies()));
        Violations.AssertReported(implementation, FakeHostAssembly.TypeName + " ", "implementation, infrastructure or persistence", sessions.DbContextType.Name);

        // This test assembly, read as a contracts assembly, has a DbContext of its own.
        var persistence = TypeDependencyRule.ContractsUseNoImplementation(
            TypeDependencyRule.Of(typeof(FakeModule).Assembly), BootcampAssemblies.ImplementationAssemblies());
        Violations.AssertReported(persistence, "Microsoft.EntityFrameworkCore");
    }
}
