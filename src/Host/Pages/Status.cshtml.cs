using Bootcamp.Host.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Host.Pages;

[IgnoreAntiforgeryToken]
internal sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public void OnGet(int code) => Title = code switch
    {
        404 => SharedText.NotFoundPageTitle,
        403 => SharedText.AccessDeniedTitle,
        _ => SharedText.ErrorTitle,
    };

    public void OnPost(int code) => OnGet(code);
}
