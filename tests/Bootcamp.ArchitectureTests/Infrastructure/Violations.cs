namespace Bootcamp.ArchitectureTests.Infrastructure;

internal static class Violations
{
    /// <summary>Fails with every violation listed, one per line, so a single run shows all that must be fixed.</summary>
    public static void AssertNone(IReadOnlyCollection<string> violations, string rule)
    {
        if (violations.Count == 0)
        {
            return;
        }

        Assert.Fail(
            $"Architecture rule broken: {rule}{Environment.NewLine}{violations.Count} violation(s):{Environment.NewLine}"
            + string.Join(Environment.NewLine, violations.Select(v => " - " + v)));
    }

    /// <summary>Asserts that a checker fed a deliberately broken input reports it, with a message that contains every
    /// given fragment (what is wrong and how to fix it).</summary>
    public static string AssertReported(IReadOnlyCollection<string> violations, params string[] fragments)
    {
        var match = violations.FirstOrDefault(v => fragments.All(f => v.Contains(f, StringComparison.Ordinal)));
        Assert.True(
            match is not null,
            $"Expected a violation containing [{string.Join(" | ", fragments)}], but the checker reported:{Environment.NewLine}"
            + (violations.Count == 0 ? " (nothing)" : string.Join(Environment.NewLine, violations.Select(v => " - " + v))));
        return match!;
    }

    public static void AssertNotReported(IReadOnlyCollection<string> violations, string fragment)
    {
        var match = violations.FirstOrDefault(v => v.Contains(fragment, StringComparison.Ordinal));
        Assert.True(match is null, $"Did not expect a violation about '{fragment}', but got: {match}");
    }
}
