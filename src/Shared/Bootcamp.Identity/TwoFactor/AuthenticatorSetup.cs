using System.Globalization;
using System.Text;
using Bootcamp.Identity.Audit;
using Microsoft.AspNetCore.Identity;

namespace Bootcamp.Identity.TwoFactor;

/// <summary>A person's authenticator: the shared key an app scans, turning two-factor sign-in on with a first code, new
/// recovery codes, and a reset (decisions/0017). Each change is audited; none ends the current browser's session.</summary>
public sealed class AuthenticatorSetup(UserManager<BootcampUser> users, SignInManager<BootcampUser> signIn, AccountAudit audit)
{
    public const int RecoveryCodeCount = 10;
    private const string Issuer = "Bootcamp";

    /// <summary>The key not yet confirmed (made on first visit), formatted for typing, and the otpauth:// address of its QR code.</summary>
    public async Task<(string FormattedKey, string Uri)> PendingKeyAsync(BootcampUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        var label = Uri.EscapeDataString($"{Issuer}:{user.Email}");
        var uri = string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6&period=30");
        return (Format(key!), uri);
    }

    /// <summary>Turns two-factor sign-in on when <paramref name="code"/> is the app's current one; returns the recovery
    /// codes to show once, or null for a wrong code.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(BootcampUser user, string? code)
    {
        ArgumentNullException.ThrowIfNull(user);
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length != 6 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        // Turning it on renews the security stamp: this browser is signed in again, or its next request would be refused.
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AccountActions.TwoFactorEnabled, user.Id, user.Id);
        return await NewRecoveryCodesAsync(user);
    }

    /// <summary>Ten new codes; the old ones stop working.</summary>
    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(BootcampUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        await audit.RecordAsync(AccountActions.RecoveryCodesGenerated, user.Id, user.Id);
        return codes;
    }

    /// <summary>Off, with a new key: the old app stops working; remembered devices are forgotten (the key change renews
    /// the security stamp), this browser is signed in again.</summary>
    public async Task ResetAsync(BootcampUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await audit.RecordAsync(AccountActions.TwoFactorReset, user.Id, user.Id);
        await signIn.ForgetTwoFactorClientAsync();
        await signIn.RefreshSignInAsync(user);
    }

    /// <summary>Groups of four, upper case (base32), as apps that take typed keys print them.</summary>
    public static string Format(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToUpperInvariant();
    }
}
