using System.Reflection;
using Bootcamp.ArchitectureTests.Infrastructure;
using Bootcamp.ArchitectureTests.Rules;

namespace Bootcamp.ArchitectureTests;

/// <summary>Rule 6: each value has one label, in its module's Contracts, in both languages.</summary>
public class LabelTests
{
    private static IEnumerable<Assembly> Contracts => BootcampAssemblies.Modules.Select(m => m.ContractsAssembly).Distinct();

    [Fact]
    public void Every_labelled_value_has_a_french_and_an_english_label_in_its_contracts()
    {
        var violations = new List<string>();
        foreach (var contracts in Contracts)
        {
            var enums = contracts.GetTypes().Where(t => t.IsEnum && t.IsPublic).ToList();
            foreach (var (resource, keys) in LabelRule.LabelsOf(contracts))
            {
                violations.AddRange(LabelRule.Check(resource, keys.Neutral, keys.French, enums));
            }
        }

        Assert.NotEmpty(Contracts.SelectMany(c => LabelRule.LabelsOf(c).Keys));
        Violations.AssertNone(violations, "each module labels its values in its Contracts, in both languages");
    }

    [Fact]
    public void No_other_resource_of_the_application_defines_a_label_again()
    {
        var labelKeys = Contracts.SelectMany(c => LabelRule.LabelsOf(c).Values).SelectMany(k => k.Neutral).ToHashSet(StringComparer.Ordinal);
        var others = BootcampAssemblies.ImplementationAssemblies().Concat(BootcampAssemblies.WebAssemblies).Append(BootcampAssemblies.Shell).Distinct();
        var violations = new List<string>();
        foreach (var assembly in others)
        {
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal)))
            {
                var baseName = name[..^".resources".Length];
                var keys = LabelRule.Keys(new System.Resources.ResourceManager(baseName, assembly), System.Globalization.CultureInfo.InvariantCulture);
                violations.AddRange(LabelRule.Duplicates(labelKeys, baseName, keys));
            }
        }

        Violations.AssertNone(violations, "Reporting, the pages and the Host read labels from Contracts");
    }

    [Fact]
    public void Label_check_fails_on_a_missing_language_a_missing_member_a_stray_key_and_a_second_source()
    {
        var neutral = new HashSet<string> { "Colour_Red", "Colour_Red_Group", "Shade_Dark" };
        var french = new HashSet<string> { "Colour_Red_Group" };

        var violations = LabelRule.Check("Fake.Labels.Colours", neutral, french, [typeof(Colour)]);

        Violations.AssertReported(violations, "'Colour_Red' has no French label");
        Violations.AssertReported(violations, "Colour.Green has no label");
        Violations.AssertReported(violations, "'Shade_Dark' names no member");
        Assert.Equal(3, violations.Count);
        Violations.AssertReported(LabelRule.Duplicates(neutral, "Fake.Report", ["Colour_Red", "Title"]), "Fake.Report defines 'Colour_Red'");
    }

    public enum Colour
    {
        Red,
        Green,
    }
}
