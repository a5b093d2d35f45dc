using System.Globalization;
using Bootcamp.Portfolios.Contracts;

namespace Bootcamp.Portfolios.Web;

/// <summary>How portfolio states read on the pages, in the reader's language.</summary>
internal static class PortfolioDisplay
{
    public static string Sync(SyncStatus status, DateTimeOffset? rateLimitedUntil = null) => status switch
    {
        SyncStatus.RateLimited when rateLimitedUntil is { } until =>
            string.Format(CultureInfo.CurrentCulture, PortfoliosText.SyncRateLimitedUntil, Display.Moment(until)),
        _ => PortfolioLabels.Sync(status),
    };

    public static string SyncNotice(SyncStatus status) =>
        status == SyncStatus.Ok ? PortfoliosText.SyncDoneNotice : string.Format(CultureInfo.CurrentCulture, PortfoliosText.SyncProblemNotice, Sync(status));

    public static bool IsProblem(SyncStatus status) => status is not (SyncStatus.Ok or SyncStatus.NeverSynced);

    public static string Account(string? login, bool verified) =>
        login is null ? PortfoliosText.NoAccount : $"{login} ({(verified ? PortfoliosText.Verified : PortfoliosText.NotVerified)})";

    public static string Milestone(string nameFr, string nameEn) => Display.English ? nameEn : nameFr;

    /// <summary>The participant's words in the reader's language, else in the other one.</summary>
    public static string? Description(string? fr, string? en) => Display.English ? en ?? fr : fr ?? en;

    public static string Checklist(PortfolioChecklist checklist) =>
        checklist.Complete ? PortfoliosText.ChecklistComplete
        : string.Format(CultureInfo.CurrentCulture, PortfoliosText.ChecklistProgress, Done(checklist), 4);

    private static int Done(PortfolioChecklist c) =>
        (c.EnoughProjects ? 1 : 0) + (c.ReadmesEverywhere ? 1 : 0) + (c.DeployedDemo ? 1 : 0) + (c.CapstoneLinked ? 1 : 0);
}
