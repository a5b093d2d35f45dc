using System.Text.RegularExpressions;
using Bootcamp.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Bootcamp.IntegrationTests.Browser;

/// <summary>Steps several journeys share: a team member signing in on a desktop in French, an applicant's private link
/// read from the mail the app queued.</summary>
internal static partial class Journeys
{
    private static readonly PageGetByLabelOptions Exact = new() { Exact = true };

    /// <summary>A new desktop browser, in French, signed in through the sign-in page as a fresh account of that role.</summary>
    public static async Task<IPage> SignInAsync(LiveApp app, BrowserSession session, string role)
    {
        var email = await TestUsers.EnsureAsync(app.Factory, role);
        var page = await session.NewPageAsync(BrowserProfile.Desktop("fr-CA"));
        await page.GotoAsync("/Account/Login");
        await Accessibility.AssertAccessibleAsync(page);
        await page.GetByLabel("Courriel", Exact).FillAsync(email);
        await page.GetByLabel("Mot de passe", Exact).FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
        await Expect(page.GetByText($"Connecté·e : {email}")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>The path of the private link in the confirmation mail the app queued for <paramref name="email"/>, read from
    /// its mailbox (waiting for it).</summary>
    public static async Task<string> PrivateLinkFromEmailAsync(LiveApp app, string email, string? category = null)
    {
        var mailbox = app.Factory.Services.GetRequiredService<IMailbox>();
        var mail = await Eventually.MatchesAsync(
            async () => (await mailbox.RecentAsync(1, 50, CancellationToken.None))
                .FirstOrDefault(m => m.To.Contains(email, StringComparison.OrdinalIgnoreCase) && (category is null || m.Category == category)
                    && PrivateLink().IsMatch(m.TextBody)),
            m => m is not null);
        return PrivateLink().Match(mail!.TextBody).Value;
    }

    [GeneratedRegex(@"/Public/Application/[A-Za-z0-9_\-]+")]
    private static partial Regex PrivateLink();
}
