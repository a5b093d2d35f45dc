namespace Bootcamp.Identity.Team;

/// <summary>Why an account change was refused. The pages say it in the reader's language.</summary>
public enum TeamRefusal
{
    NotFound,
    EmailInvalid,
    EmailTaken,
    NameRequired,
    NoRole,
    RoleNotGrantable,
    SponsorRoleAlone,
    NotYours,
    NotPending,
    LastAdmin,
    Yourself,
    SuccessorRequired,
    SuccessorInvalid,
    InvitationInvalid,
    AlreadyAccepted,
    PasswordRejected,
}

public sealed class TeamRuleException(TeamRefusal refusal, IReadOnlyList<string>? details = null)
    : Exception($"Account change refused: {refusal}")
{
    public TeamRefusal Refusal { get; } = refusal;

    /// <summary>Identity's own messages, for a password it refused.</summary>
    public IReadOnlyList<string> Details { get; } = details ?? [];
}
