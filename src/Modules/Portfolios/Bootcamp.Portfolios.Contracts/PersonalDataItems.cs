namespace Bootcamp.Portfolios.Contracts;

/// <summary>What the module's personal-data holder names in an export: the kinds of record and their fields. A member's
/// name is the export's stable key; its label (PortfolioLabels.resx) is what a person reads.</summary>
public enum PortfolioPersonalData
{
    Module,
    Portfolio,
    Repository,
    CachedGitHubResponse,
    OutboxMessage,
    Session,
    FirstName,
    LastName,
    PreferredLanguage,
    GitHubLogin,
    GitHubVerified,
    Visibility,
    PublicSlug,
    PublishedAt,
    Name,
    Url,
    Description,
    Shown,
    DescriptionFr,
    DescriptionEn,
    DemoUrl,
}
