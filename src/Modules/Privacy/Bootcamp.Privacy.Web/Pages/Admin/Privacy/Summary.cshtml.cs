using Bootcamp.Privacy.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Privacy.Web.Pages.Admin.Privacy;

/// <summary>The readable copy of what is held on the person, in their language, to print or save as PDF from the
/// browser and hand over. Opening it delivers the copy: it answers their access request.</summary>
internal sealed class SummaryModel(IMediator mediator) : BootcampPageModel
{
    [BindProperty(SupportsGet = true, Name = "application")]
    public Guid ApplicationId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    public PersonalDataExport Export { get; private set; } = null!;

    public string ContentLanguage => PersonLanguage.Normalise(Language);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var export = await PersonLanguage.InAsync(ContentLanguage, () =>
            mediator.Send(new ExportPersonalData(ApplicationId, SignedInUser.Id(User)), cancellationToken));
        if (export is null)
        {
            return NotFound();
        }

        Export = export;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
