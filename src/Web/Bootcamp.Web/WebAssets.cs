using Microsoft.Extensions.FileProviders;

namespace Bootcamp.Web;

/// <summary>The shell's stylesheet, embedded in this assembly and served at its usual address (/css/site.css):
/// a module's pages link to it without knowing where the Host keeps its files.</summary>
public static class WebAssets
{
    public static IApplicationBuilder UseBootcampAssets(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new EmbeddedFileProvider(typeof(WebAssets).Assembly, "Bootcamp.Web.Assets"),
        });

    /// <summary>Addresses of the shell's files: browsers may keep them (pages never).</summary>
    public static bool IsAsset(PathString path) =>
        path.StartsWithSegments("/css", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/js", StringComparison.OrdinalIgnoreCase);
}
