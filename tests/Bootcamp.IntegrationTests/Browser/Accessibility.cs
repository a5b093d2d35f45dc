using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>axe-core run on the page as the person sees it: the WCAG 2.1 A and AA rules, every violation listed with the
/// elements it found, so a failure says what to fix.</summary>
internal static class Accessibility
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        var problems = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}")
            .ToList();
        Assert.True(problems.Count == 0, $"{page.Url} is not accessible:\n" + string.Join("\n", problems));
    }
}
