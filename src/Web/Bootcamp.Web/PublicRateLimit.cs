namespace Bootcamp.Web;

/// <summary>Rate-limit policies a module's anonymous pages and endpoints name (the Host defines their windows).</summary>
public static class PublicRateLimit
{
    /// <summary>Strict: what anonymous visitors send (forms), the private links and the public API.</summary>
    public const string Policy = "public-forms";

    /// <summary>Generous, for reading: a classroom behind one address fits in it. Anonymous endpoints naming no policy
    /// get this one.</summary>
    public const string Anonymous = "anonymous";
}
