using Bootcamp.Portfolios.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Portfolios.Web.Pages.Public;

/// <summary>The page a participant shares with employers. Unknown, unpublished or replaced addresses all answer the same
/// 404; search engines are asked not to index it, since being findable by name is not what the person opted in to.
/// Employers read it under the generous anonymous rate limit: the 256-bit address is the only key.</summary>
internal sealed class PublicPortfolioModel(IMediator mediator) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Slug { get; set; } = "";

    public PublicPortfolioDto Portfolio { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        try
        {
            Portfolio = await mediator.Send(new GetPublicPortfolio(Slug), cancellationToken);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
