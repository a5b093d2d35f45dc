using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;

namespace Bootcamp.ArchitectureTests.Rules;

/// <summary>
/// Rule 6: a module's values are labelled once, in its Contracts (Labels/*.resx, keys "Enum_Member" or
/// "Enum_Member_Form"), in French and English, so pages and reports cannot drift apart. Every key names a member of an
/// enum of that Contracts assembly (or, "Format_Name", formats a value that is not an enum: a wave's months); every member of a labelled enum has both languages; no other resource of the
/// application defines a key of the same name (a second source of the same label).
/// </summary>
internal static class LabelRule
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr");

    /// <summary>The labels resources of an assembly: base name → (neutral keys, French keys).</summary>
    public static IReadOnlyDictionary<string, (IReadOnlySet<string> Neutral, IReadOnlySet<string> French)> LabelsOf(Assembly contracts) =>
        contracts.GetManifestResourceNames()
            .Where(n => n.Contains(".Labels.", StringComparison.Ordinal) && n.EndsWith(".resources", StringComparison.Ordinal))
            .Select(n => n[..^".resources".Length])
            .ToDictionary(n => n, n =>
            {
                var manager = new ResourceManager(n, contracts);
                return (Keys(manager, CultureInfo.InvariantCulture), Keys(manager, French));
            });

    public static IReadOnlySet<string> Keys(ResourceManager manager, CultureInfo culture)
    {
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return set is null ? new HashSet<string>() : set.Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>What is wrong with one labels resource, given the enums of its assembly.</summary>
    public static IReadOnlyList<string> Check(string resource, IReadOnlySet<string> neutral, IReadOnlySet<string> french, IReadOnlyCollection<Type> enums)
    {
        var violations = new List<string>();
        var labelled = new HashSet<Type>();
        foreach (var key in neutral.Order(StringComparer.Ordinal))
        {
            if (key.StartsWith("Format_", StringComparison.Ordinal))
            {
                if (!french.Contains(key))
                {
                    violations.Add($"{resource}: '{key}' has no French label. Add it to the .fr.resx.");
                }

                continue;
            }

            var parts = key.Split('_');
            var type = enums.FirstOrDefault(e => e.Name == parts[0]);
            if (parts.Length is < 2 or > 3 || type is null || !Enum.GetNames(type).Contains(parts[1], StringComparer.Ordinal))
            {
                violations.Add($"{resource}: key '{key}' names no member of an enum of this assembly (keys are Enum_Member or Enum_Member_Form). Rename or remove it.");
                continue;
            }

            labelled.Add(type);
            if (!french.Contains(key))
            {
                violations.Add($"{resource}: '{key}' has no French label. Add it to the .fr.resx.");
            }
        }

        foreach (var type in labelled)
        {
            foreach (var member in Enum.GetNames(type).Where(m => !neutral.Contains(type.Name + "_" + m)))
            {
                violations.Add($"{resource}: {type.Name}.{member} has no label, so a page or a report would print '{member}'. Add {type.Name}_{member}.");
            }
        }

        return violations;
    }

    /// <summary>Keys of other resources that repeat a label key: the same label would then have two sources.</summary>
    public static IReadOnlyList<string> Duplicates(IReadOnlySet<string> labelKeys, string otherResource, IEnumerable<string> otherKeys) =>
        otherKeys.Where(labelKeys.Contains)
            .Select(k => $"{otherResource} defines '{k}', a label its module's Contracts already define: use the Contracts' labels and remove it.")
            .ToList();
}
