using Bootcamp.Host.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Host.Pages;

[IgnoreAntiforgeryToken]
internal sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public int Code { get; private set; }

    /// <summary>A status link that opens nothing: unknown, expired or erased alike (the page cannot tell them apart and
    /// does not try), so the reader is told how to get a working one.</summary>
    public bool DeadStatusLink { get; private set; }

    public void OnGet(int code)
    {
        var original = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.OriginalPath;
        DeadStatusLink = code == 404 && original is not null && original.StartsWith("/Public/Application/", StringComparison.OrdinalIgnoreCase);
        (Code, Title) = (code, code switch
        {
            404 when DeadStatusLink => HostText.DeadStatusLinkTitle,
            404 => HostText.NotFoundPageTitle,
            403 => HostText.AccessDeniedTitle,
            429 => HostText.TooManyRequestsTitle,
            _ => HostText.ErrorTitle,
        });
    }

    public void OnPost(int code) => OnGet(code);
}
