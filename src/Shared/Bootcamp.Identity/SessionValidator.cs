using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Bootcamp.Identity;

/// <summary>
/// Checks every signed-in request against the account's security stamp (decisions/0012). Signing out, a password change
/// or a deactivation changes the stamp (and a deactivated account is refused even with its current stamp), so a copied cookie stops working at its next request, not hours later.
/// Identity's own validator checks only every 30 minutes, and when it does, rebuilds the principal (roles, claims) and
/// reissues the cookie; here it is one lookup of the user by primary key per request and the cookie is left alone.
/// </summary>
internal sealed class SessionValidator(SignInManager<BootcampUser> signIn) : ISecurityStampValidator
{
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not null && await signIn.ValidateSecurityStampAsync(context.Principal) is { IsActive: true })
        {
            return;
        }

        context.RejectPrincipal();
        await signIn.SignOutAsync();
    }
}
