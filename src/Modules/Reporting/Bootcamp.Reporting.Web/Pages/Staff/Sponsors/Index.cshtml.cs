using Bootcamp.Reporting.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Reporting.Web.Pages.Staff.Sponsors;

internal sealed class IndexModel(IMediator mediator) : BootcampPageModel
{
    public IReadOnlyList<SponsorDto> Sponsors { get; private set; } = [];

    [BindProperty]
    public string Name { get; set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Sponsors = await mediator.Send(new GetSponsors(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var id = await mediator.Send(new CreateSponsor(Name), cancellationToken);
            return Redirect($"/Staff/Sponsors/Edit?id={id}");
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure, "", "");
            Sponsors = await mediator.Send(new GetSponsors(), cancellationToken);
            return Page();
        }
    }
}
