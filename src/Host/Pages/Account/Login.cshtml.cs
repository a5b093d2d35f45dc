using Bootcamp.Host.Infrastructure;
using Bootcamp.Host.Resources;
using Bootcamp.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Bootcamp.Host.Pages.Account;

[EnableRateLimiting(RateLimiting.SignIn)]
internal sealed class LoginModel(PasswordSignIn signIn) : BootcampPageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), HostText.EmailRequired);
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), HostText.PasswordRequired);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await signIn.SignInAsync(Email!, Password!, RememberMe);
        if (outcome == SignInOutcome.SignedIn)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        if (outcome == SignInOutcome.RequiresTwoFactor)
        {
            // The second step keeps where the person was going (a local address only) and whether to stay signed in.
            return RedirectToPage("/Account/LoginTwoFactor", new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null, RememberMe });
        }

        // Whether the email has an account or not, the same answer (PasswordSignIn makes it so).
        var tooMany = outcome == SignInOutcome.TooManyAttempts;
        Error = tooMany ? HostText.SignInLockedOut : HostText.SignInFailed;
        Response.StatusCode = tooMany ? StatusCodes.Status429TooManyRequests : StatusCodes.Status400BadRequest;
        return Page();
    }
}
