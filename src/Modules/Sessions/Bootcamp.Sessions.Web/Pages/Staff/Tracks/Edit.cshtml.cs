using Bootcamp.Sessions.Contracts;
using Bootcamp.Shared.Contracts;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace Bootcamp.Sessions.Web.Pages.Staff.Tracks;

internal sealed class EditModel(IMediator mediator) : BootcampPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public TrackDetails Input { get; set; } = new("", "");

    [BindProperty]
    public bool IsActive { get; set; } = true;

    [BindProperty(SupportsGet = true)]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var track = (await mediator.Send(new GetTracks(IncludeInactive: true), cancellationToken)).FirstOrDefault(t => t.Id == id);
            if (track is null)
            {
                return NotFound();
            }

            Input = new TrackDetails(track.NameFr, track.NameEn, track.DescriptionFr, track.DescriptionEn);
            IsActive = track.IsActive;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var id = Id is { } existing
                ? await mediator.Send(new UpdateTrack(existing, Input, IsActive), cancellationToken)
                : await mediator.Send(new CreateTrack(Input), cancellationToken);
            return RedirectToPage(new { id, saved = true });
        }
        catch (ValidationFailedException failure)
        {
            AddErrors(failure, nameof(CreateTrack.Details), nameof(Input));
        }

        Saved = false;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
