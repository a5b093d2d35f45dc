using Bootcamp.Shared.Input;
using Microsoft.AspNetCore.Identity;

namespace Bootcamp.Identity;

/// <summary>Identity's own check takes any text with one @ in it; every account is mailed (digests, sponsor access), so
/// its address obeys the application's one e-mail rule, whoever creates it (a staff page, the seeder).</summary>
internal sealed class MailAddressUserValidator : IUserValidator<BootcampUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<BootcampUser> manager, BootcampUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(MailAddressInput.IsValid(user.Email)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "MailAddressInvalid", Description = MailAddressInput.Message }));
    }
}
