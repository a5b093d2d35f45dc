using Bootcamp.Identity.Tokens;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bootcamp.Identity.Passwords;

/// <summary>The reset link's own options: two hours, not the one day Identity gives every other token (decisions/0017).</summary>
public sealed class PasswordResetTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public const string ProviderName = "BootcampPasswordReset";

    public static readonly TimeSpan Lifespan = TimeSpan.FromHours(2);

    public PasswordResetTokenProviderOptions()
    {
        Name = ProviderName;
        TokenLifespan = Lifespan;
    }
}

/// <summary>
/// Makes and checks the token of a password-reset link (<see cref="StampedToken"/>): a reset changes the stamp, so a used
/// link is dead, and so is any link issued before a password change or a sign-out everywhere. It lasts
/// <see cref="PasswordResetTokenProviderOptions.Lifespan"/> by the injected clock.
/// </summary>
internal sealed class PasswordResetTokenProvider(
    IDataProtectionProvider dataProtection,
    IOptions<PasswordResetTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<BootcampUser>> logger,
    TimeProvider clock)
    : DataProtectorTokenProvider<BootcampUser>(dataProtection, options, logger)
{
    public override Task<string> GenerateAsync(string purpose, UserManager<BootcampUser> manager, BootcampUser user) =>
        StampedToken.CreateAsync(Protector, clock.GetUtcNow(), purpose, manager, user);

    public override Task<bool> ValidateAsync(string purpose, string token, UserManager<BootcampUser> manager, BootcampUser user) =>
        StampedToken.IsValidAsync(Protector, clock.GetUtcNow(), Options.TokenLifespan, purpose, token, manager, user);
}
