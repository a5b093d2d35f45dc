using Bootcamp.Identity.Audit;
using Microsoft.AspNetCore.Identity;

namespace Bootcamp.Identity.Passwords;

/// <summary>A reset link asked for, ready to be mailed.</summary>
public sealed record PasswordResetLink(Guid UserId, string Email, string Name, string Culture, string Token);

public enum PasswordResetOutcome
{
    Reset,

    /// <summary>Expired, used, forged, or for an account that cannot sign in: one answer for all (no hint whether the account exists).</summary>
    InvalidLink,

    /// <summary>The new password breaks Identity's rules (12 characters at least).</summary>
    PasswordRefused,
}

/// <summary>
/// A forgotten password (decisions/0017): a link for an active account that has a password (an open invitation has its
/// own link), valid two hours (<see cref="PasswordResetTokenProvider"/>) and once; a reset changes the security stamp,
/// which ends every session of the person and kills the link.
/// </summary>
public sealed class PasswordResets(UserManager<BootcampUser> users, AccountAudit audit)
{
    /// <summary>The link to mail, or null when there is nobody to mail (unknown, deactivated, invitation open).</summary>
    public async Task<PasswordResetLink?> RequestAsync(string? email)
    {
        var user = string.IsNullOrWhiteSpace(email) || email.Length > 320 ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || !user.IsActive || user.PasswordHash is null || user.Email is null)
        {
            return null;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        await audit.RecordAsync(AccountActions.PasswordResetRequested, null, user.Id);
        return new PasswordResetLink(user.Id, user.Email, user.DisplayName, user.PreferredCulture, token);
    }

    public async Task<bool> IsValidAsync(Guid userId, string? token) => await UserOfAsync(userId, token) is not null;

    public async Task<(PasswordResetOutcome Outcome, IReadOnlyList<IdentityError> Errors)> ResetAsync(Guid userId, string? token, string newPassword)
    {
        var user = await UserOfAsync(userId, token);
        if (user is null)
        {
            return (PasswordResetOutcome.InvalidLink, []);
        }

        var result = await users.ResetPasswordAsync(user, token!, newPassword);
        if (!result.Succeeded)
        {
            // The token was checked just before: what is left is the password's rules.
            return (PasswordResetOutcome.PasswordRefused, [.. result.Errors]);
        }

        // Proved they hold the mailbox: an earlier lockout from wrong guesses is lifted.
        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await audit.RecordAsync(AccountActions.PasswordReset, null, user.Id);
        return (PasswordResetOutcome.Reset, []);
    }

    private async Task<BootcampUser?> UserOfAsync(Guid userId, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return null;
        }

        var user = await users.FindByIdAsync(userId.ToString("D", System.Globalization.CultureInfo.InvariantCulture));
        return user is { IsActive: true, PasswordHash: not null }
            && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<BootcampUser>.ResetPasswordTokenPurpose, token)
            ? user
            : null;
    }
}
