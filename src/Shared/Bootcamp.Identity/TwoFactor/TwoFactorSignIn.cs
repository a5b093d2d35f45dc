using Bootcamp.Identity.Audit;
using Microsoft.AspNetCore.Identity;

namespace Bootcamp.Identity.TwoFactor;

public enum SecondStepOutcome
{
    SignedIn,
    Refused,
    LockedOut,

    /// <summary>No password step behind this browser (or it expired): back to the sign-in page.</summary>
    NoPasswordStep,
}

/// <summary>
/// The second step of a sign-in, after the right password (decisions/0017): an authenticator code or a recovery code.
/// A wrong code counts towards the lockout like a wrong password and is audited; a right one completes the sign-in
/// through <see cref="PasswordSignIn.SignedInAsync"/> (date, throttle, audit with how it was done).
/// </summary>
public sealed class TwoFactorSignIn(SignInManager<BootcampUser> signIn, PasswordSignIn passwordSignIn, AccountAudit audit)
{
    public const string ByAuthenticator = "authenticator";
    public const string ByRecoveryCode = "recovery code";

    /// <summary>Whether this browser has passed the password step and waits for its second factor.</summary>
    public async Task<bool> IsPendingAsync() => await signIn.GetTwoFactorAuthenticationUserAsync() is not null;

    public async Task<SecondStepOutcome> WithAuthenticatorAsync(string? code, bool remember, bool rememberDevice)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SecondStepOutcome.NoPasswordStep;
        }

        // Apps show "123 456"; people type it with a space or a dash.
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        var result = digits.Length == 6
            ? await signIn.TwoFactorAuthenticatorSignInAsync(digits, remember, rememberDevice)
            : await FailedAsync(user);
        return await ConcludeAsync(user, result, ByAuthenticator);
    }

    public async Task<SecondStepOutcome> WithRecoveryCodeAsync(string? code)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SecondStepOutcome.NoPasswordStep;
        }

        var clean = (code ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        var result = clean.Length is > 0 and <= 50
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(clean)
            : await FailedAsync(user);
        return await ConcludeAsync(user, result, ByRecoveryCode);
    }

    private async Task<SignInResult> FailedAsync(BootcampUser user)
    {
        // Malformed counts as wrong: otherwise a guesser could probe without ever reaching the lockout.
        await signIn.UserManager.AccessFailedAsync(user);
        return await signIn.UserManager.IsLockedOutAsync(user) ? SignInResult.LockedOut : SignInResult.Failed;
    }

    private async Task<SecondStepOutcome> ConcludeAsync(BootcampUser user, SignInResult result, string how)
    {
        if (result.Succeeded)
        {
            await passwordSignIn.SignedInAsync(user, how);
            return SecondStepOutcome.SignedIn;
        }

        await audit.RecordAsync(AccountActions.SignInFailed, null, user.Id, how);
        return result.IsLockedOut ? SecondStepOutcome.LockedOut : SecondStepOutcome.Refused;
    }
}
