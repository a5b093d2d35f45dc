using Bootcamp.Host.Infrastructure;
using Bootcamp.Identity.TwoFactor;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bootcamp.Host.Pages.Account;

/// <summary>The second step with one of the recovery codes, for a lost phone; each works once (decisions/0017).</summary>
[EnableRateLimiting(RateLimiting.SignIn)]
internal sealed class LoginRecoveryCodeModel(TwoFactorSignIn twoFactor) : BootcampPageModel
{
    [BindProperty]
    public string? RecoveryCode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public string? LocalReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;

    public async Task<IActionResult> OnGetAsync() =>
        await twoFactor.IsPendingAsync() ? Page() : RedirectToPage("/Account/Login", new { ReturnUrl = LocalReturnUrl });

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await twoFactor.WithRecoveryCodeAsync(RecoveryCode);
        return SecondStep.Answer(this, outcome, LocalReturnUrl, AccountText.RecoveryCodeWrong, error => Error = error);
    }
}
