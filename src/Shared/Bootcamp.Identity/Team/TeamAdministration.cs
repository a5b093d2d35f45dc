using Bootcamp.Identity.Audit;
using Bootcamp.Shared.Input;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bootcamp.Identity.Team;

public sealed record Invitation(string Email, string DisplayName, IReadOnlyCollection<string> Roles, string Culture, Guid? SponsorId = null);

/// <summary>
/// The account changes of the people and roles pages (decisions/0014): invite, resend, accept, change roles,
/// deactivate and reactivate. Nobody types another person's password: an invited person sets their own through a
/// one-time, expiring link. Every change is recorded in the account audit.
/// </summary>
public sealed class TeamAdministration(
    UserManager<BootcampUser> users, AccountAudit audit, IInvitationMailer mailer, AdminGuard admins, TimeProvider clock)
{
    public const int MaxNameLength = 200;

    public async Task<Guid> InviteAsync(TeamActor actor, Invitation invitation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(invitation);
        var email = invitation.Email?.Trim() ?? "";
        var name = invitation.DisplayName?.Trim() ?? "";
        if (!MailAddressInput.IsValid(email))
        {
            throw new TeamRuleException(TeamRefusal.EmailInvalid);
        }

        if (name.Length == 0 || name.Length > MaxNameLength)
        {
            throw new TeamRuleException(TeamRefusal.NameRequired);
        }

        var roles = CheckRoles(actor, invitation.Roles);
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new TeamRuleException(TeamRefusal.EmailTaken);
        }

        var user = new BootcampUser
        {
            UserName = email, Email = email, DisplayName = name, InvitedAt = clock.GetUtcNow(),
            PreferredCulture = invitation.Culture?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en-CA" : "fr-CA",
            SponsorId = roles.Contains(Roles.Sponsor) ? invitation.SponsorId : null,
        };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user);
        }
        catch (DbUpdateException)
        {
            // Two invitations of one address at once: the unique user name lets one through.
            throw new TeamRuleException(TeamRefusal.EmailTaken);
        }

        if (!created.Succeeded)
        {
            throw new TeamRuleException(
                created.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName") ? TeamRefusal.EmailTaken : TeamRefusal.EmailInvalid);
        }

        await users.AddToRolesAsync(user, roles);
        await audit.RecordAsync(AccountActions.Invited, actor.Id, user.Id, string.Join(", ", roles), cancellationToken);
        await MailInvitationAsync(user, cancellationToken);
        return user.Id;
    }

    /// <summary>A new link; the previous one stops working (new security stamp).</summary>
    public async Task ResendInvitationAsync(TeamActor actor, Guid userId, CancellationToken cancellationToken = default)
    {
        var user = await ManageableAsync(actor, userId);
        if (!user.InvitationPending)
        {
            throw new TeamRuleException(TeamRefusal.NotPending);
        }

        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AccountActions.InvitationResent, actor.Id, user.Id, null, cancellationToken);
        await MailInvitationAsync(user, cancellationToken);
    }

    /// <summary>The invited person sets their password. The link works once and until it expires.</summary>
    public async Task<BootcampUser> AcceptInvitationAsync(Guid userId, string token, string password, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || !user.IsActive)
        {
            throw new TeamRuleException(TeamRefusal.InvitationInvalid);
        }

        if (user.PasswordHash is not null)
        {
            throw new TeamRuleException(TeamRefusal.AlreadyAccepted);
        }

        if (!await IsInvitationValidAsync(user, token))
        {
            throw new TeamRuleException(TeamRefusal.InvitationInvalid);
        }

        var result = await users.AddPasswordAsync(user, password ?? "");
        if (!result.Succeeded)
        {
            throw result.Errors.Any(e => e.Code == "UserAlreadyHasPassword")
                ? new TeamRuleException(TeamRefusal.AlreadyAccepted)
                : new TeamRuleException(TeamRefusal.PasswordRejected, [.. result.Errors]);
        }

        // The address received the link: it is confirmed by using it.
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await audit.RecordAsync(AccountActions.InvitationAccepted, user.Id, user.Id, null, cancellationToken);
        return user;
    }

    public async Task<BootcampUser?> FindOpenInvitationAsync(Guid userId, string? token)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user is { InvitationPending: true } && await IsInvitationValidAsync(user, token) ? user : null;
    }

    public async Task ChangeRolesAsync(TeamActor actor, Guid userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken = default)
    {
        await admins.RunAsync(() => ChangeRolesAloneAsync(actor, userId, roles, cancellationToken), cancellationToken);
    }

    private async Task ChangeRolesAloneAsync(TeamActor actor, Guid userId, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var user = await ManageableAsync(actor, userId);
        var wanted = CheckRoles(actor, roles);
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Admin) && !wanted.Contains(Roles.Admin))
        {
            if (user.Id == actor.Id)
            {
                throw new TeamRuleException(TeamRefusal.Yourself);
            }

            await EnsureAnotherAdminAsync(user);
        }

        var removed = current.Except(wanted).ToList();
        var added = wanted.Except(current).ToList();
        if (removed.Count == 0 && added.Count == 0)
        {
            return;
        }

        await users.RemoveFromRolesAsync(user, removed);
        await users.AddToRolesAsync(user, added);
        if (!wanted.Contains(Roles.Sponsor) && user.SponsorId is not null)
        {
            user.SponsorId = null;
            await users.UpdateAsync(user);
        }

        // Roles travel in the sign-in cookie: a new stamp makes the person sign in again and carry the new ones.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(
            AccountActions.RolesChanged, actor.Id, user.Id, $"{string.Join(", ", current.Order())} → {string.Join(", ", wanted)}", cancellationToken);
    }

    /// <summary>Cannot sign in any more; every open session ends at its next request (new stamp, SessionValidator).</summary>
    public Task DeactivateAsync(TeamActor actor, Guid userId, string? detail = null, CancellationToken cancellationToken = default) =>
        admins.RunAsync(() => DeactivateAloneAsync(actor, userId, detail, cancellationToken), cancellationToken);

    private async Task DeactivateAloneAsync(TeamActor actor, Guid userId, string? detail, CancellationToken cancellationToken)
    {
        var user = await ManageableAsync(actor, userId);
        if (user.Id == actor.Id)
        {
            throw new TeamRuleException(TeamRefusal.Yourself);
        }

        if (!user.IsActive)
        {
            return;
        }

        if (await users.IsInRoleAsync(user, Roles.Admin))
        {
            await EnsureAnotherAdminAsync(user);
        }

        user.DeactivatedAt = clock.GetUtcNow();
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AccountActions.Deactivated, actor.Id, user.Id, detail, cancellationToken);
    }

    public async Task ReactivateAsync(TeamActor actor, Guid userId, CancellationToken cancellationToken = default)
    {
        var user = await ManageableAsync(actor, userId);
        if (user.IsActive)
        {
            return;
        }

        user.DeactivatedAt = null;
        await users.UpdateAsync(user);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(AccountActions.Reactivated, actor.Id, user.Id, null, cancellationToken);
    }

    /// <summary>For someone who lost both their authenticator and their recovery codes, once the actor has checked who
    /// they are: two-factor off, a new key, the old recovery codes void, every open session ended. A role that needs
    /// two-factor sets it up again at the next sign-in (TwoFactorGate).</summary>
    public async Task ResetTwoFactorAsync(TeamActor actor, Guid userId, CancellationToken cancellationToken = default)
    {
        var user = await ManageableAsync(actor, userId);
        if (user.Id == actor.Id)
        {
            // One's own is reset from one's account page, with a code; this door is for someone else's lost phone.
            throw new TeamRuleException(TeamRefusal.Yourself);
        }

        if (!user.TwoFactorEnabled)
        {
            return;
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(AccountActions.TwoFactorReset, actor.Id, user.Id, null, cancellationToken);
    }

    /// <summary>The account, when <paramref name="actor"/> may change it.</summary>
    public async Task<BootcampUser> ManageableAsync(TeamActor actor, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new TeamRuleException(TeamRefusal.NotFound);
        if (!RoleGrants.CanManage(actor.Roles, await users.GetRolesAsync(user)))
        {
            throw new TeamRuleException(TeamRefusal.NotYours);
        }

        return user;
    }

    private async Task MailInvitationAsync(BootcampUser user, CancellationToken cancellationToken)
    {
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.Name, InvitationTokenProvider.Purpose);
        await mailer.SendAsync(user, user.Id, token, cancellationToken);
    }

    private Task<bool> IsInvitationValidAsync(BootcampUser user, string? token) =>
        string.IsNullOrEmpty(token) || token.Length > 2000
            ? Task.FromResult(false)
            : users.VerifyUserTokenAsync(user, InvitationTokenProvider.Name, InvitationTokenProvider.Purpose, token);

    private static List<string> CheckRoles(TeamActor actor, IReadOnlyCollection<string>? roles)
    {
        var wanted = (roles ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Distinct().ToList();
        if (wanted.Count == 0)
        {
            throw new TeamRuleException(TeamRefusal.NoRole);
        }

        if (wanted.Any(r => !Roles.All.Contains(r) || !RoleGrants.CanGrant(actor.Roles, r)))
        {
            throw new TeamRuleException(TeamRefusal.RoleNotGrantable);
        }

        if (!RoleGrants.IsValidCombination(wanted))
        {
            throw new TeamRuleException(TeamRefusal.SponsorRoleAlone);
        }

        return [.. Roles.All.Where(wanted.Contains)];
    }

    private async Task EnsureAnotherAdminAsync(BootcampUser leaving)
    {
        if (!await admins.AnotherActiveAdminAsync(leaving.Id))
        {
            throw new TeamRuleException(TeamRefusal.LastAdmin);
        }
    }
}
