using System.Globalization;
using Bootcamp.Host.Resources;
using Bootcamp.Portfolios.Contracts;

namespace Bootcamp.Host.Infrastructure;

/// <summary>How portfolio states read on the pages, in the reader's language.</summary>
internal static class PortfolioDisplay
{
    public static string Sync(SyncStatus status, DateTimeOffset? rateLimitedUntil = null) => status switch
    {
        SyncStatus.Ok => PortfolioText.SyncOk,
        SyncStatus.UserNotFound => PortfolioText.SyncUserNotFound,
        SyncStatus.RateLimited => rateLimitedUntil is { } until
            ? string.Format(CultureInfo.CurrentCulture, PortfolioText.SyncRateLimitedUntil, Display.Moment(until))
            : PortfolioText.SyncRateLimited,
        SyncStatus.NetworkError => PortfolioText.SyncNetworkError,
        SyncStatus.Failed => PortfolioText.SyncFailed,
        _ => PortfolioText.SyncNever,
    };

    public static string SyncNotice(SyncStatus status) =>
        status == SyncStatus.Ok ? PortfolioText.SyncDoneNotice : string.Format(CultureInfo.CurrentCulture, PortfolioText.SyncProblemNotice, Sync(status));

    public static bool IsProblem(SyncStatus status) => status is not (SyncStatus.Ok or SyncStatus.NeverSynced);

    public static string Account(string? login, bool verified) =>
        login is null ? PortfolioText.NoAccount : $"{login} ({(verified ? PortfolioText.Verified : PortfolioText.NotVerified)})";

    public static string Milestone(string nameFr, string nameEn) => Display.English ? nameEn : nameFr;

    /// <summary>The participant's words in the reader's language, else in the other one.</summary>
    public static string? Description(string? fr, string? en) => Display.English ? en ?? fr : fr ?? en;

    public static string Checklist(PortfolioChecklist checklist) =>
        checklist.Complete ? PortfolioText.ChecklistComplete
        : string.Format(CultureInfo.CurrentCulture, PortfolioText.ChecklistProgress, Done(checklist), 4);

    private static int Done(PortfolioChecklist c) =>
        (c.EnoughProjects ? 1 : 0) + (c.ReadmesEverywhere ? 1 : 0) + (c.DeployedDemo ? 1 : 0) + (c.CapstoneLinked ? 1 : 0);
}
