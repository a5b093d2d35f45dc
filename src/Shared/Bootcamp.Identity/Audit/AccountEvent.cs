namespace Bootcamp.Identity.Audit;

/// <summary>One line of the account audit: who did what to which account, and when. Only ever inserted.</summary>
public sealed class AccountEvent
{
    public Guid Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>Who acted; null when nobody was signed in (a failed sign-in, a forgotten password).</summary>
    public Guid? ActorId { get; set; }

    /// <summary>Whose account it concerns.</summary>
    public Guid? SubjectId { get; set; }

    public required string Action { get; set; }

    /// <summary>What changed, in values and never in secrets: "Staff → Staff, Instructor", never a password or a code.</summary>
    public string? Detail { get; set; }
}

/// <summary>What the account audit records. Values are stored; labels come from the page texts.</summary>
public static class AccountActions
{
    public const string Invited = "Invited";
    public const string InvitationResent = "InvitationResent";
    public const string InvitationAccepted = "InvitationAccepted";
    public const string RolesChanged = "RolesChanged";
    public const string Deactivated = "Deactivated";
    public const string Reactivated = "Reactivated";
    public const string SessionsReassigned = "SessionsReassigned";
    public const string ProfileChanged = "ProfileChanged";
    public const string PasswordChanged = "PasswordChanged";
    public const string PasswordResetRequested = "PasswordResetRequested";
    public const string PasswordReset = "PasswordReset";
    public const string TwoFactorEnabled = "TwoFactorEnabled";
    public const string TwoFactorReset = "TwoFactorReset";
    public const string RecoveryCodesGenerated = "RecoveryCodesGenerated";
    public const string SignedIn = "SignedIn";
    public const string SignInFailed = "SignInFailed";
    public const string SignedOut = "SignedOut";
    public const string PersonViewed = "PersonViewed";
    public const string AuditExported = "AuditExported";

    public static readonly IReadOnlyList<string> All =
    [
        Invited, InvitationResent, InvitationAccepted, RolesChanged, Deactivated, Reactivated, SessionsReassigned,
        ProfileChanged, PasswordChanged, PasswordResetRequested, PasswordReset, TwoFactorEnabled, TwoFactorReset,
        RecoveryCodesGenerated, SignedIn, SignInFailed, SignedOut, PersonViewed, AuditExported,
    ];
}
