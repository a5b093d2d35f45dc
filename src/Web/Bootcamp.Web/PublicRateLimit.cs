namespace Bootcamp.Web;

/// <summary>The rate-limit policy anonymous forms, private links and the public API share (the Host defines its window).</summary>
public static class PublicRateLimit
{
    public const string Policy = "public-forms";
}
