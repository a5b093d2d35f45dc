using System.Text.Json;
using Bootcamp.Identity;
using Bootcamp.Identity.TwoFactor;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace Bootcamp.Host.Pages.Account.Manage;

/// <summary>Setting up, and resetting, two-factor sign-in with an authenticator app (decisions/0017). Reachable by a
/// person whose role requires it before anything else (<c>TwoFactorGate</c>).</summary>
internal sealed class TwoFactorModel(UserManager<BootcampUser> users, AuthenticatorSetup setup, TwoFactorRequirement requirement) : BootcampPageModel
{
    public const string CodesKey = "RecoveryCodes";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public string SharedKey { get; private set; } = "";

    /// <summary>The QR code of the otpauth:// address, as SVG markup drawn here: nothing leaves the server.</summary>
    public string QrSvg { get; private set; } = "";

    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        var codes = await setup.EnableAsync(user, Code);
        if (codes is null)
        {
            ModelState.AddModelError(nameof(Code), AccountText.CodeWrong);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(user);
        }

        return ShowCodes(codes, AccountText.TwoFactorEnabledNotice);
    }

    public async Task<IActionResult> OnPostRegenerateAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (!Confirm)
        {
            ModelState.AddModelError("ConfirmRegenerate", AccountText.ConfirmRequired);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(user);
        }

        return ShowCodes(await setup.NewRecoveryCodesAsync(user), AccountText.RecoveryCodesNotice);
    }

    public async Task<IActionResult> OnPostResetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!Confirm)
        {
            ModelState.AddModelError("ConfirmReset", AccountText.ConfirmRequired);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(user);
        }

        await setup.ResetAsync(user);
        Notice = AccountText.ResetNotice;
        return RedirectToPage();
    }

    private IActionResult ShowCodes(IReadOnlyList<string> codes, string notice)
    {
        // Shown once: TempData (an encrypted cookie) is read, and so deleted, by the next page.
        TempData[CodesKey] = JsonSerializer.Serialize(codes);
        Notice = notice;
        return RedirectToPage("/Account/Manage/RecoveryCodes");
    }

    private async Task<IActionResult> ShowAsync(BootcampUser user)
    {
        Enabled = user.TwoFactorEnabled;
        Required = requirement.AppliesTo(User) && !Enabled;
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
        }
        else
        {
            var (key, uri) = await setup.PendingKeyAsync(user);
            SharedKey = key;
            QrSvg = Svg(uri);
        }

        return Page();
    }

    private static string Svg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(new System.Drawing.Size(240, 240), drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
