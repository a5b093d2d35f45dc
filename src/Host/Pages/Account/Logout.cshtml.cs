using Bootcamp.Identity;
using Bootcamp.Identity.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Host.Pages.Account;

internal sealed class LogoutModel(SignInManager<BootcampUser> signIn, UserManager<BootcampUser> users, AccountAudit audit) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    /// <summary>Deleting the cookie is not enough: a copy of it would still work. A new security stamp ends every session
    /// of this person (decisions/0012). The audit shows when a session ended by the person's own hand.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(AccountActions.SignedOut, user.Id, user.Id, cancellationToken: HttpContext.RequestAborted);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
