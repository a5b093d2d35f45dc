using Bootcamp.Identity;
using Bootcamp.Identity.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Host.Pages.Account.Manage;

/// <summary>Changing one's password: the current one, then the new one twice. The change renews the security stamp,
/// which ends the person's other sessions; this browser is signed in again at once (decisions/0017).</summary>
internal sealed class PasswordModel(UserManager<BootcampUser> users, SignInManager<BootcampUser> signIn, AccountAudit audit) : BootcampPageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? ConfirmPassword { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(CurrentPassword))
        {
            ModelState.AddModelError(nameof(CurrentPassword), AccountText.CurrentPasswordRequired);
        }

        NewPasswordRules.Check(ModelState, NewPassword, ConfirmPassword);
        if (ModelState.IsValid)
        {
            var result = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
            if (result.Succeeded)
            {
                await audit.RecordAsync(AccountActions.PasswordChanged, user.Id, user.Id);
                await signIn.RefreshSignInAsync(user);
                Notice = AccountText.PasswordChanged;
                return RedirectToPage();
            }

            NewPasswordRules.AddErrors(ModelState, result.Errors, nameof(CurrentPassword));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

/// <summary>The new password's rules as the page tells them: Identity's (12 characters at least), a sane upper bound,
/// and the same twice. Identity checks them again when it stores it.</summary>
internal static class NewPasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 200;

    public static void Check(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string? password, string? confirmation)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            state.AddModelError("NewPassword", AccountText.PasswordTooShort);
        }
        else if (password.Length > MaxLength)
        {
            state.AddModelError("NewPassword", AccountText.PasswordTooLong);
        }
        else if (password != confirmation)
        {
            state.AddModelError("ConfirmPassword", AccountText.PasswordsDiffer);
        }
    }

    /// <summary>Identity's refusals in the reader's language: a wrong current password on that field, any rule on the new one.</summary>
    public static void AddErrors(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, IEnumerable<IdentityError> errors, string? currentField)
    {
        foreach (var error in errors)
        {
            if (error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) && currentField is not null)
            {
                state.AddModelError(currentField, AccountText.CurrentPasswordWrong);
            }
            else
            {
                state.AddModelError("NewPassword", AccountText.PasswordTooShort);
            }
        }
    }
}
