using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Applications.Web.Pages.Public;

/// <summary>The thank-you page after applying. It shows nothing about the application: the private link is only emailed.</summary>
internal sealed class AppliedModel : PageModel
{
    public void OnGet()
    {
    }
}
