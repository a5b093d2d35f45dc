using Bootcamp.ArchitectureTests.Fakes;
using Bootcamp.ArchitectureTests.Infrastructure;
using Bootcamp.ArchitectureTests.Rules;

namespace Bootcamp.ArchitectureTests;

/// <summary>decisions/0018: every module that stores personal data answers for it.</summary>
public class PersonalDataHolderTests
{
    public static TheoryData<string> Modules => BootcampAssemblies.ModuleNames();

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_with_personal_data_registers_a_holder(string module)
    {
        Violations.AssertNone(PersonalDataHolderRule.Check(BootcampAssemblies.Module(module)), $"{module}: personal data has a holder");
    }

    [Fact]
    public void The_modules_holding_personal_data_are_those_expected()
    {
        string[] expected = ["Applications", "Attendance", "Messages", "Placements", "Portfolios", "Sessions", "Surveys"];
        var marked = BootcampAssemblies.Modules
            .Where(m => AssemblyTypes.All(m.ImplementationAssembly).Any(t => t.GetProperties(
                System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)
                .Any(p => p.IsDefined(typeof(Bootcamp.Shared.Contracts.PersonalData.PersonalDataAttribute), false))))
            .Select(m => m.Name).Order(StringComparer.Ordinal);
        Assert.Equal(expected, marked);
    }

    [Fact]
    public void Rule_fails_when_a_module_stores_personal_data_without_a_holder()
    {
        var violations = PersonalDataHolderRule.Check(new FakeModule());

        Violations.AssertReported(violations, "Fake: stores personal data", nameof(FakeApplicant) + ".Email", "registers no IPersonalDataHolder");
    }
}
