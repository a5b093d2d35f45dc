using Microsoft.AspNetCore.Identity;

namespace Bootcamp.Identity;

/// <summary>
/// Identity asks this before every sign-in, with a password, an authenticator code or a recovery code alike: a
/// deactivated account, or an invitation not yet accepted, cannot sign in whatever it presents (decisions/0014).
/// </summary>
internal sealed class ActiveAccountConfirmation : IUserConfirmation<BootcampUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<BootcampUser> manager, BootcampUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(user.IsActive && user.PasswordHash is not null);
    }
}
