using Bootcamp.Host.Infrastructure;
using Bootcamp.Identity.TwoFactor;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bootcamp.Host.Pages.Account;

/// <summary>The second step of a sign-in: the authenticator app's code (decisions/0017).</summary>
[EnableRateLimiting(RateLimiting.SignIn)]
internal sealed class LoginTwoFactorModel(TwoFactorSignIn twoFactor) : BootcampPageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public bool RememberMachine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await twoFactor.IsPendingAsync() ? Page() : RedirectToPage("/Account/Login", new { ReturnUrl = LocalReturnUrl });

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await twoFactor.WithAuthenticatorAsync(Code, RememberMe, RememberMachine);
        return SecondStep.Answer(this, outcome, LocalReturnUrl, AccountText.SecondStepFailed, error => Error = error);
    }

    public string? LocalReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;
}

/// <summary>What both second steps answer: where to go once signed in, the sign-in page when there was no password
/// step, or the page again with the reason (400, or 429 once locked out, as the password step does).</summary>
internal static class SecondStep
{
    public static IActionResult Answer(BootcampPageModel page, SecondStepOutcome outcome, string? returnUrl, string failed, Action<string> showError)
    {
        switch (outcome)
        {
            case SecondStepOutcome.SignedIn:
                return page.LocalRedirect(returnUrl ?? "/");
            case SecondStepOutcome.NoPasswordStep:
                return page.RedirectToPage("/Account/Login", new { ReturnUrl = returnUrl });
            case SecondStepOutcome.LockedOut:
                showError(HostText.SignInLockedOut);
                page.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                return page.Page();
            default:
                showError(failed);
                page.Response.StatusCode = StatusCodes.Status400BadRequest;
                return page.Page();
        }
    }
}
