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
            var kind = Solution.IsContractsProject(name) ? ProjectKind.Contracts
                : Solution.IsWebProject(name) ? ProjectKind.ModuleWeb
                : ProjectKind.ModuleImplementation;
            violations.AddRange(ModuleReferenceRule.CheckProjectFile(name, File.ReadAllText(path), kind)
                .Select(v => $"{Solution.RelativePath(path)}: {v}"));
        }

        Assert.NotEmpty(Solution.ModuleProjectFiles());
        Violations.AssertNone(violations, "module csproj files reference only what the one-way rule allows");
    }

    [Fact]
    public void Shell_project_file_references_no_module_implementation_or_pages()
    {
        var path = Path.Combine(Solution.RootDirectory, "src", "Web", "Bootcamp.Web", "Bootcamp.Web.csproj");
        var violations = ModuleReferenceRule.CheckProjectFile(ModuleReferenceRule.ShellName, File.ReadAllText(path), ProjectKind.Shell);

        Violations.AssertNone(violations, "the shell references platform libraries and contracts only");
    }

    [Fact]
    public void Csproj_check_fails_when_a_module_web_project_references_an_implementation_or_another_web_project()
    {
        var violations = ModuleReferenceRule.CheckProjectFile(
            "Bootcamp.Placements.Web", FakeProjects.WebReferencingImplementationAndOtherWeb, ProjectKind.ModuleWeb);

        Violations.AssertReported(violations, "Bootcamp.Placements.csproj", "may reference the shell (Bootcamp.Web) and *.Contracts only");
        Violations.AssertReported(violations, "Bootcamp.Sessions.Web.csproj", "another module's Web project");
        Violations.AssertReported(violations, "Bootcamp.Mail.csproj", "Send that module's requests");
        Assert.Equal(3, violations.Count); // the shell and both contracts are fine
    }

    [Fact]
    public void Csproj_check_fails_when_the_shell_references_a_module_implementation_or_web_project()
    {
        var violations = ModuleReferenceRule.CheckProjectFile(ModuleReferenceRule.ShellName, FakeProjects.ShellReferencingModuleWeb, ProjectKind.Shell);

        Violations.AssertReported(violations, "Bootcamp.Sessions.Web.csproj", "the shell would then depend on what depends on it");
        Violations.AssertReported(violations, "Bootcamp.Sessions.csproj", "Move that piece into the module's Web project");
        Assert.Equal(2, violations.Count); // Shared, Identity and the contracts are fine
    }

    public static TheoryData<string> WebProjects()
    {
        var data = new TheoryData<string>();
        foreach (var web in BootcampAssemblies.WebAssemblies)
        {
            data.Add(web.GetName().Name!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WebProjects))]
    public void Module_web_types_depend_on_no_implementation_other_web_project_or_host(string webProject)
    {
        var web = BootcampAssemblies.WebAssemblies.Single(a => a.GetName().Name == webProject);
        var violations = TypeDependencyRule.WebUsesNoImplementation(
            TypeDependencyRule.Of(web), web, BootcampAssemblies.ModuleImplementationAssemblies(), BootcampAssemblies.WebAssemblies, BootcampAssemblies.Host);

        Violations.AssertNone(violations, $"{webProject}: its pages and endpoints use the shell and Contracts only");
    }

    [Fact]
    public void Shell_types_depend_on_no_module_implementation_or_web_project()
    {
        var violations = TypeDependencyRule.WebUsesNoImplementation(
            TypeDependencyRule.Of(BootcampAssemblies.Shell), BootcampAssemblies.Shell, BootcampAssemblies.ModuleImplementationAssemblies(),
            BootcampAssemblies.WebAssemblies, BootcampAssemblies.Host);

        Violations.AssertNone(violations, "the shell uses platform libraries and contracts only");
    }

    [Fact]
    public void Web_type_rule_fails_when_pages_use_a_module_implementation()
    {
        // The emitted assembly, read as if it were a module's Web project, uses two of Sessions' internal types.
        var sessions = BootcampAssemblies.Module("Sessions");
        var violations = FakeHostAssembly.WithFile(sessions, file => TypeDependencyRule.WebUsesNoImplementation(
            TypeDependencyRule.FromFile(file), BootcampAssemblies.WebAssemblies[0], BootcampAssemblies.ModuleImplementationAssemblies(),
            BootcampAssemblies.WebAssemblies, BootcampAssemblies.Host));

        Violations.AssertReported(violations, FakeHostAssembly.TypeName + " ", "depends on a module implementation", sessions.DbContextType.Name);
        Assert.Equal(2, violations.Count);
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
