using Bootcamp.Host.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Host.Pages;

[IgnoreAntiforgeryToken]
internal sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public int Code { get; private set; }

    /// <summary>Every "not found" is the same page, a mailed private link that no longer works included (decisions/0012:
    /// the answer must not tell a guessed token from an expired one), so the page says how to get a working link.</summary>
    public void OnGet(int code) => (Code, Title) = (code, code switch
        {
            404 => HostText.NotFoundPageTitle,
            403 => HostText.AccessDeniedTitle,
            429 => HostText.TooManyRequestsTitle,
            _ => HostText.ErrorTitle,
        });

    public void OnPost(int code) => OnGet(code);
}
