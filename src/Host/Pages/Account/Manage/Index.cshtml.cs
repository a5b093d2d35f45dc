using Bootcamp.Identity;
using Bootcamp.Identity.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Host.Pages.Account.Manage;

/// <summary>One's own account: name shown to others and language (pages and mail), with links to the password and
/// two-factor pages. Every signed-in person, sponsors included.</summary>
internal sealed class IndexModel(UserManager<BootcampUser> users, AccountAudit audit) : BootcampPageModel
{
    public const int MaxNameLength = 200;

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Language { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public string Email { get; private set; } = "";

    public bool TwoFactorOn { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        Show(user);
        DisplayName = user.DisplayName;
        Language = Localization.For(user.PreferredCulture).Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var name = DisplayName?.Trim() ?? "";
        if (name.Length == 0 || name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            ModelState.AddModelError(nameof(DisplayName), AccountText.DisplayNameRequired);
        }

        var culture = Localization.Supported.FirstOrDefault(c => c.Name.Equals(Language, StringComparison.OrdinalIgnoreCase));
        if (culture is null)
        {
            ModelState.AddModelError(nameof(Language), AccountText.LanguageInvalid);
        }

        if (!ModelState.IsValid)
        {
            Show(user);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var changes = new List<string>();
        if (user.DisplayName != name)
        {
            changes.Add($"name: {user.DisplayName} → {name}");
            user.DisplayName = name;
        }

        if (user.PreferredCulture != culture!.Name)
        {
            changes.Add($"language: {user.PreferredCulture} → {culture.Name}");
            user.PreferredCulture = culture.Name;
        }

        if (changes.Count > 0)
        {
            await users.UpdateAsync(user);
            await audit.RecordAsync(AccountActions.ProfileChanged, user.Id, user.Id, string.Join("; ", changes));
        }

        // The page switches at once: the language cookie is the one the switch in the header sets.
        Localization.Remember(Response, culture);
        Notice = Bootcamp.Mail.MailCulture.Render(culture.Name, () => AccountText.ProfileSaved);
        return RedirectToPage();
    }

    private void Show(BootcampUser user)
    {
        Email = user.Email ?? "";
        TwoFactorOn = user.TwoFactorEnabled;
    }
}
