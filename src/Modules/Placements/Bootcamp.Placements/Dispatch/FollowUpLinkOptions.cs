namespace Bootcamp.Placements.Dispatch;

/// <summary>Where the public follow-up page lives (<c>Bootcamp:PublicBaseUrl</c>), as for the other private links.</summary>
internal sealed class FollowUpLinkOptions
{
    public const string Section = "Bootcamp";

    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public string LinkFor(string token) => $"{PublicBaseUrl.TrimEnd('/')}/f/{token}";
}
