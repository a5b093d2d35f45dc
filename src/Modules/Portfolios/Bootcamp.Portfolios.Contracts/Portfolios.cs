using Bootcamp.Shared.Contracts;
using MediatR;

namespace Bootcamp.Portfolios.Contracts;

/// <summary>How the last GitHub sync of a portfolio went. Whatever it says, the repositories of the last good sync stay.</summary>
public enum SyncStatus
{
    NeverSynced,
    Ok,

    /// <summary>GitHub answers 404 for the account: renamed or deleted.</summary>
    UserNotFound,

    /// <summary>GitHub's rate limit is spent; the next try waits for <see cref="PortfolioDto.RateLimitedUntil"/>.</summary>
    RateLimited,

    /// <summary>GitHub could not be reached or the connection dropped.</summary>
    NetworkError,

    /// <summary>Any other answer GitHub gave (a 5xx, an unreadable page).</summary>
    Failed,
}

/// <summary>A public repository as last synced, with what the participant chose to say about it.</summary>
/// <param name="Shown">Chosen for the portfolio; <paramref name="Position"/> orders the chosen ones.</param>
/// <param name="Gone">No longer listed by GitHub (deleted or made private): never shown publicly.</param>
public sealed record RepositoryDto(
    long Id, string Name, string HtmlUrl, string? Description, IReadOnlyList<string> Languages, int Stars, DateTimeOffset? PushedAt,
    string? Homepage, bool HasReadme, bool Gone, bool Shown, int? Position, Guid? MilestoneId, string? DescriptionFr,
    string? DescriptionEn, string? DemoUrl);

/// <summary>A curriculum milestone a repository may be linked to (from Attendance, for the participant's track).</summary>
public sealed record PortfolioMilestoneDto(Guid Id, string NameFr, string NameEn, bool IsCapstone);

/// <summary>What an employer-ready portfolio has. Each line is a goal the participant sees, not a gate.</summary>
public sealed record PortfolioChecklist(int ShownProjects, int ProjectsWanted, bool ReadmesEverywhere, bool DeployedDemo, bool CapstoneLinked)
{
    public bool EnoughProjects => ShownProjects >= ProjectsWanted;

    public bool Complete => EnoughProjects && ReadmesEverywhere && DeployedDemo && CapstoneLinked;
}

/// <summary>A participant's portfolio as they manage it from their private link.</summary>
/// <param name="PublicSlug">The address of the public page while it is public; null while private.</param>
public sealed record PortfolioDto(
    Guid Id, Guid ParticipantId, Guid SessionId, string FirstName, string PreferredLanguage, string? GitHubLogin, bool GitHubVerified,
    SyncStatus SyncStatus, DateTimeOffset? LastSyncedAt, DateTimeOffset? LastSyncAttemptAt, DateTimeOffset? RateLimitedUntil,
    PortfolioVisibility Visibility, string? PublicSlug, int MaxShown, IReadOnlyList<RepositoryDto> Repositories,
    IReadOnlyList<PortfolioMilestoneDto> Milestones, PortfolioChecklist Checklist);

/// <summary>The portfolio of the participant behind an application's private link; <see cref="NotFoundException"/> for an
/// unknown link or someone never enrolled.</summary>
public sealed record GetPortfolioByApplicationToken(string Token) : IQuery<PortfolioDto>;

/// <summary>What the participant says about one repository.</summary>
public sealed record RepositoryCuration(bool Shown, Guid? MilestoneId, string? DescriptionFr, string? DescriptionEn, string? DemoUrl);

/// <summary>The participant curates one of their synced repositories. Field errors as <see cref="ValidationFailedException"/>.</summary>
public sealed record CurateRepository(string Token, long RepositoryId, RepositoryCuration Curation) : ICommand<Guid>;

/// <summary>Publishes or unpublishes the portfolio. Publishing issues a new unguessable address each time, so a link
/// shared before an unpublish never works again. Returns the slug while public, null once private.</summary>
public sealed record SetPortfolioVisibility(string Token, PortfolioVisibility Visibility) : ICommand<string?>;

/// <summary>Links the GitHub account the participant proved they own through GitHub's OAuth flow (verified).</summary>
public sealed record LinkGitHubAccount(Guid PortfolioId, string Login, long GitHubUserId) : ICommand<Guid>;

/// <summary>Staff type a participant's GitHub username for them: shown as not verified.</summary>
public sealed record SetGitHubUsername(Guid ParticipantId, string? Login, Guid RecordedBy) : ICommand<Guid>;

/// <summary>Syncs one portfolio with GitHub now (the participant's "sync now"). Not a command: the calls to GitHub happen
/// outside any database transaction, and a failure is a status, never an exception.</summary>
public sealed record SyncPortfolioNow(string Token) : IRequest<SyncStatus>;

/// <summary>The same for staff, by participant.</summary>
public sealed record SyncParticipantPortfolio(Guid ParticipantId) : IRequest<SyncStatus>;

/// <summary>One line of a session's portfolio overview for instructors and staff.</summary>
public sealed record PortfolioStatusDto(
    Guid ParticipantId, string FirstName, string LastName, string? GitHubLogin, bool GitHubVerified, SyncStatus SyncStatus,
    DateTimeOffset? LastSyncedAt, int Repositories, PortfolioChecklist Checklist, PortfolioVisibility Visibility);

public sealed record GetSessionPortfolios(Guid SessionId) : IQuery<IReadOnlyList<PortfolioStatusDto>>;

/// <summary>What an employer sees: the participant's chosen repositories only.</summary>
public sealed record PublicPortfolioDto(string DisplayName, string GitHubLogin, bool GitHubVerified, IReadOnlyList<PublicProjectDto> Projects);

public sealed record PublicProjectDto(
    string Name, string HtmlUrl, IReadOnlyList<string> Languages, DateTimeOffset? PushedAt, int Stars, string? DescriptionFr,
    string? DescriptionEn, string? DemoUrl, string? MilestoneFr, string? MilestoneEn, bool IsCapstone);

/// <summary>A public portfolio by its address. Unknown, unpublished or re-published elsewhere: the same
/// <see cref="NotFoundException"/>.</summary>
public sealed record GetPublicPortfolio(string Slug) : IQuery<PublicPortfolioDto>;
