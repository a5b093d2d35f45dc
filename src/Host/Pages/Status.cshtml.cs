using Bootcamp.Host.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Host.Pages;

[IgnoreAntiforgeryToken]
internal sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public int Code { get; private set; }

    public void OnGet(int code) => (Code, Title) = (code, code switch
    {
        404 => SharedText.NotFoundPageTitle,
        403 => SharedText.AccessDeniedTitle,
        429 => SharedText.TooManyRequestsTitle,
        _ => SharedText.ErrorTitle,
    });

    public void OnPost(int code) => OnGet(code);
}
