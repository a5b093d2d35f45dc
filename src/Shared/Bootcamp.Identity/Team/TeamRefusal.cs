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

public sealed class TeamRuleException(TeamRefusal refusal, IReadOnlyList<Microsoft.AspNetCore.Identity.IdentityError>? errors = null)
    : Exception($"Account change refused: {refusal}")
{
    public TeamRefusal Refusal { get; } = refusal;

    /// <summary>What Identity refused in a password, for the page to say in the reader's language.</summary>
    public IReadOnlyList<Microsoft.AspNetCore.Identity.IdentityError> Errors { get; } = errors ?? [];
}
