using Bootcamp.Web.Home;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bootcamp.Host.Pages;

/// <summary>The marketing page for a visitor; for a signed-in person, their home: the cards of every section whose policy
/// they meet (docs/PRODUCT.md, "Homes").</summary>
internal sealed class IndexModel(HomeCards homes) : PageModel
{
    public bool SignedIn { get; private set; }

    public IReadOnlyList<HomeCard> Cards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SignedIn = User.Identity?.IsAuthenticated == true;
        if (SignedIn)
        {
            Cards = await homes.ForAsync(User, cancellationToken);
        }
    }
}
