using System.Text.Json;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Host.Pages.Account.Manage;

/// <summary>The recovery codes just made, shown this once: they come in TempData from the page that made them, and a
/// second visit finds nothing to show.</summary>
internal sealed class RecoveryCodesModel : BootcampPageModel
{
    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (TempData[TwoFactorModel.CodesKey] is string json)
        {
            Codes = JsonSerializer.Deserialize<List<string>>(json) ?? [];
        }

        return Page();
    }
}
