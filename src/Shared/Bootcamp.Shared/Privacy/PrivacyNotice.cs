namespace Bootcamp.Shared.Privacy;

/// <summary>The privacy notice's version. Changing the notice's text means adding a new version here, so the version
/// stored with a consent always names the text the person actually read.</summary>
public static class PrivacyNotice
{
    /// <summary>The version shown today (its publication date).</summary>
    public const string Version = "2026-12-04";

    public const string Path = "/Privacy";

    /// <summary>Every version ever published, newest first: a form opened before a new version went live still posts the
    /// older one, which stays valid.</summary>
    public static readonly IReadOnlyList<string> Published = [Version];

    public static bool IsPublished(string? version) => version is not null && Published.Contains(version, StringComparer.Ordinal);

    public static DateOnly PublishedOn(string version) => DateOnly.ParseExact(version, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
