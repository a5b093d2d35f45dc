namespace Bootcamp.Portfolios.GitHub;

/// <summary><c>Portfolios:GitHub</c>: where the REST API lives (GitHub Enterprise has its own), an optional token (5,000
/// calls an hour instead of 60), and how the nightly sync paces itself. The OAuth settings under <c>OAuth</c> are read by
/// the Host, which runs the sign-in handler.</summary>
internal sealed class GitHubOptions
{
    public const string Section = "Portfolios:GitHub";

    public string BaseUrl { get; set; } = "https://api.github.com/";

    public string? Token { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the sync job looks for portfolios to refresh.</summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A portfolio tried more recently than this is skipped by the job (a restart or a "sync now" counts).</summary>
    public TimeSpan ResyncAfter { get; set; } = TimeSpan.FromHours(20);

    /// <summary>Waited after a 403/429 that names no reset time; doubled each time in a row, up to an hour.</summary>
    public TimeSpan SecondaryLimitBackoff { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Repositories read per account (GitHub pages hold 100): a bound against an account with thousands.</summary>
    public int MaxRepositories { get; set; } = 300;
}

/// <summary><c>Portfolios:Curating</c>: how many repositories a portfolio shows and what the checklist asks for.</summary>
internal sealed class CuratingOptions
{
    public const string Section = "Portfolios:Curating";

    public int MaxShown { get; set; } = 6;

    public int ProjectsWanted { get; set; } = 3;
}
