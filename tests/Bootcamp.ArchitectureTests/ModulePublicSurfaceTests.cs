using Bootcamp.ArchitectureTests.Fakes;
using Bootcamp.ArchitectureTests.Infrastructure;
using Bootcamp.ArchitectureTests.Rules;

namespace Bootcamp.ArchitectureTests;

/// <summary>Rule 1: a module implementation assembly exposes exactly one public type, its ModuleDefinition.</summary>
public class ModulePublicSurfaceTests
{
    public static TheoryData<string> Modules => BootcampAssemblies.ModuleNames();

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_implementation_exposes_only_its_ModuleDefinition(string module)
    {
        var definition = BootcampAssemblies.Module(module);

        var violations = ModulePublicSurfaceRule.Check(definition.ImplementationAssembly, definition.Name);

        Violations.AssertNone(violations, $"{module}: only {module}Module is public in the implementation assembly");
    }

    [Fact]
    public void Rule_fails_when_a_module_exposes_an_extra_public_type()
    {
        // This test assembly plays a module named "Fake" whose FakeModule is legitimate and LeakyPublicHelper is not.
        var violations = ModulePublicSurfaceRule.Check(typeof(FakeModule).Assembly, "Fake");

        Violations.AssertReported(violations, "exposes public type 'Bootcamp.ArchitectureTests.Fakes.LeakyPublicHelper'", "make it internal", ".Contracts");
        Violations.AssertNotReported(violations, "'Bootcamp.ArchitectureTests.Fakes.FakeModule'");
    }

    [Fact]
    public void Rule_fails_when_a_module_has_no_ModuleDefinition_named_after_it()
    {
        var violations = ModulePublicSurfaceRule.Check(typeof(FakeModule).Assembly, "Missing");

        Violations.AssertReported(violations, "has no public class 'MissingModule : ModuleDefinition'", "add `public sealed class MissingModule");
        Violations.AssertReported(violations, "'Bootcamp.ArchitectureTests.Fakes.FakeModule'", "a second ModuleDefinition, or one not named after the module");
    }
}
