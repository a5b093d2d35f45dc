using Bootcamp.Host.Infrastructure;
using Bootcamp.Host.Pages.Account.Manage;
using Bootcamp.Identity.Passwords;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bootcamp.Host.Pages.Account;

/// <summary>Choosing a new password from a mailed link (decisions/0017). An expired, used or forged link gets one
/// answer, with a way to ask again, and no hint whether the account exists; success ends every session of the person.</summary>
[EnableRateLimiting(RateLimiting.SignIn)]
internal sealed class ResetPasswordModel(PasswordResets resets) : BootcampPageModel
{
    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Done { get; set; }

    public bool Invalid { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Done)
        {
            Invalid = BindingFailed || !await resets.IsValidAsync(UserId, Token);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Done = false;
        if (!ModelState.IsValid)
        {
            // A user that is not an id: the link was cut or made up.
            ModelState.Clear();
            return Refused(invalid: true);
        }

        NewPasswordRules.Check(ModelState, NewPassword, ConfirmPassword);
        if (!ModelState.IsValid)
        {
            Invalid = !await resets.IsValidAsync(UserId, Token);
            return Refused(Invalid);
        }

        var (outcome, errors) = await resets.ResetAsync(UserId, Token, NewPassword!);
        switch (outcome)
        {
            case PasswordResetOutcome.Reset:
                return RedirectToPage(new { Done = true });
            case PasswordResetOutcome.PasswordRefused:
                NewPasswordRules.AddErrors(ModelState, errors, currentField: null);
                return Refused(invalid: false);
            default:
                return Refused(invalid: true);
        }
    }

    private PageResult Refused(bool invalid)
    {
        Invalid = invalid;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
